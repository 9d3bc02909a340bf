// Command lede-train rebuilds lede's trained models from open data and
// scores them. Run "lede-train" for the subcommands.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
)

const usage = `lede-train rebuilds and scores lede's trained models.

Usage:
  lede-train ner [flags]        train the named-entity model (nlp/ner/model.bin)
  lede-train eval-ner [flags]   score a named-entity model on dev sets

Run "lede-train COMMAND -h" for a command's flags.
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	var err error
	switch cmd, args := os.Args[1], os.Args[2:]; cmd {
	case "ner":
		err = runNER(args)
	case "eval-ner":
		err = runEvalNER(args)
	default:
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "lede-train:", err)
		os.Exit(1)
	}
}
