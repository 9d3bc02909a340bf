package quotes

import "strings"

// This file holds common given names with their usual gender. It lets the
// resolver tell people from organisations ("Taylor Swift" from "Big
// Machine") and send "she" to a woman and "he" to a man when the text itself
// has not said. Names used for both are left out.

var maleNames = toSet(`aaron adam adrian ahmed alan albert alejandro alex alexander alexei ali
andre andrew andy angel anthony antonio arthur ashraf austin barack ben benjamin bernie bill billy
bob bobby boris brad bradley brandon brent brett brian bruce bryan carl carlos chad charles charlie
chris christian christopher chuck clarence cody colin craig curtis dale dan daniel danny darren
dave david dean dennis derek diego dmitry dominic don donald doug douglas drew dustin dylan ed eddie
edward elijah elon emmanuel eric erik ethan eugene evan felix fernando francis frank fred gabriel
gary gavin george gerald giuseppe glen glenn gordon graham greg gregory guido hans harold harry
henry howard hugo ian isaac ivan ivo jack jacob jake james jared jason javier jay jeff jeffrey jeremy
jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan
julian justin karl keith ken kenneth kevin kirk kurt kyle larry lawrence leo leon leonardo
liam lloyd louis luis luke manuel marc marcelo marco marcus mario mark martin matt matthew max
michael miguel mike mitch mitchell mohammed muhammad nathan neil nicholas nick nicolas noah norman
novak oliver oscar owen pablo patrick paul pavel pedro pete peter phil philip rafael ralph
ramon randy ray raymond ricardo richard rick rob robert roberto rodrigo roger ron ronald ross
roy russell ryan sam samuel scott sean sergei sergey seth shawn sheldon simon stanley stephen steve
steven stuart ted terry thomas tim timothy todd tom tomas tommy tony travis trevor troy tyler victor
vincent vladimir walter wayne will william xavier yuri zach zachary xi`)

var femaleNames = toSet(`abigail ada adriana alexandra alexandria alice alicia alison amanda amber
amy ana andrea angela anita ann anna anne annie ashley audrey barbara beatriz betty beverly brenda
brittany camila carla carmen carol caroline carolyn catherine cecilia charlotte cheryl christina
christine claire clara claudia cynthia dana daniela danielle deborah debra denise diana diane
donna doris dorothy elena elizabeth ella ellen emily emma erin eva evelyn fiona frances gloria
grace gwynne hana hannah heather helen hillary ilhan irene isabel isabella jacqueline jane janet
janice jennifer jessica jill joan joanna josephine joyce judith judy julia julie karen kate
katherine kathleen kathryn katie kelly kamala kristi laura lauren lena linda lisa liz lori louise
lucy lydia madison margaret maria marie marilyn marina marta martha mary megan melania melissa
michelle monica nadia nancy natalie natasha nicole nikki odile olivia pamela patricia paula
penelope priya rachel rebecca rita rosa rose ruth samantha sandra sara sarah sharon shirley sofia
sonia sonya sophia sophie stephanie susan suzanne tanya teresa theresa tiffany tracy ursula
valerie vanessa victoria virginia wendy yvonne zoe`)

// givenGender returns 'm' or 'f' when the first word of name is a given
// name of that gender, else 0.
func givenGender(name string) byte {
	f := strings.Fields(name)
	if len(f) < 2 {
		return 0
	}
	first := strings.ToLower(f[0])
	switch {
	case maleNames[first]:
		return 'm'
	case femaleNames[first]:
		return 'f'
	}
	return 0
}
