# evalset.sh is sourced by the scripts that score lede on an annotated page
# set whose pages live in another repository (eval-fresh.sh,
# eval-quotes-fresh.sh, eval-dates-fresh.sh, eval-venues.sh,
# eval-entities-fresh.sh). It defines two functions, evalset_run and
# evalset_args (below):
#
#   evalset_run NAME GOLD SRC PATTERN [lede extract flags...]
#
# which copies, for every record id of GOLD (JSONL), the page at PATTERN
# (with {id} replaced) from SRC — a work tree (the file is read from disk)
# or a git dir / bare repository (read with `git -C SRC show HEAD:path`) —
# runs `lede extract --format jsonl` over the pages with the flags, and
# leaves lede's output in $evalset_tmp/pred.jsonl. NAME prefixes messages.
# $evalset_tmp is removed when the script exits. Needs go, git and python3.

evalset_run() {
	name=$1 gold=$2 src=$3 pattern=$4
	shift 4
	evalset_tmp=$(mktemp -d "${TMPDIR:-/tmp}/lede-$name.XXXXXX")
	trap 'rm -rf "$evalset_tmp"' EXIT INT TERM
	mkdir "$evalset_tmp/pages"
	ids=$(python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8"):
    l = l.strip()
    if l: print(json.loads(l)["id"])' "$gold")
	for id in $ids; do
		rel=$(printf '%s' "$pattern" | sed "s|{id}|$id|")
		if [ -f "$src/$rel" ]; then
			cp "$src/$rel" "$evalset_tmp/pages/$id.html"
		elif git -C "$src" cat-file -e "HEAD:$rel" 2>/dev/null; then
			git -C "$src" show "HEAD:$rel" >"$evalset_tmp/pages/$id.html"
		else
			echo "$name: $rel not found in $src" >&2; exit 2
		fi
	done
	(cd "$root" && go run ./cmd/lede extract --format jsonl "$@" "$evalset_tmp"/pages/*.html) \
		>"$evalset_tmp/pred.jsonl" 2>"$evalset_tmp/stderr" ||
		{ echo "$name: lede failed (see below)" >&2; tail -20 "$evalset_tmp/stderr" >&2; }
}

# evalset_args NAME SRC_NAME "$@" reads a script's arguments,
# SRC [SHARED_DIR] [-- scorer flags...]: it sets src, shared (default
# ../shared beside the repository) and scorer (score_e2e.py there, which
# must exist), and evalset_shift, the number of arguments it read: the
# caller shifts them off and passes the rest to the scorer.
evalset_args() {
	name=$1 srcname=$2
	shift 2
	[ $# -ge 1 ] || { echo "usage: $0 $srcname [SHARED_DIR] [-- flags]" >&2; exit 2; }
	src=$1 shared="$root/../shared" evalset_shift=1
	shift
	if [ $# -gt 0 ] && [ "$1" != "--" ]; then shared=$1 evalset_shift=2; shift; fi
	if [ "${1:-}" = "--" ]; then evalset_shift=$((evalset_shift + 1)); fi
	scorer="$shared/tools/score_e2e.py"
	[ -f "$scorer" ] || { echo "$name: no scorer at $scorer" >&2; exit 2; }
}
