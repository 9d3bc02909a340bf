// Command lede-train trains and evaluates lede's models. Each model has a
// subcommand; run "lede-train" for the list and "lede-train CMD -h" for a
// command's flags. Data and progress go to stderr; only results go to
// stdout.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
)

// command is one subcommand: run gets the arguments after its name.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) error
}

// commands lists the subcommands by name.
var commands = map[string]command{
	"parse":      {"train the tagger, lemmatizer and dependency parser (nlp/depparse)", runParse},
	"eval-parse": {"score the dependency parser on a CoNLL-U file", runEvalParse},
	"corpus":     {"write the assembled UD English training corpus as CoNLL-U", runCorpus},
	"ner":        {"train the named-entity model (nlp/ner)", func(args []string, _, _ io.Writer) error { return runNER(args) }},
	"eval-ner":   {"score a named-entity model on dev sets", func(args []string, _, _ io.Writer) error { return runEvalNER(args) }},
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || commands[args[0]].run == nil {
		fmt.Fprintln(stderr, "usage: lede-train COMMAND [flags]\n\ncommands:")
		names := make([]string, 0, len(commands))
		for n := range commands {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(stderr, "  %-11s %s\n", n, commands[n].summary)
		}
		return 2
	}
	err := commands[args[0]].run(args[1:], stdout, stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return 0
	case err != nil:
		fmt.Fprintf(stderr, "lede-train %s: %v\n", args[0], err)
		return 1
	}
	return 0
}
