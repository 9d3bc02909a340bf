// Package depparse tags, lemmatizes and dependency-parses English sentences
// in pure Go, following Universal Dependencies (UD): each word gets a
// universal part of speech (UPOS), a Penn Treebank tag, a lemma, a head and a
// UD relation (subtypes such as nmod:poss kept).
//
// Three learned models do the work, all averaged perceptrons over hashed
// features, trained on the train splits of UD English EWT and GUM:
//
//   - a greedy left-to-right tagger predicting the (UPOS, Penn tag) pair;
//   - a lemmatizer: a (form, tag) → lemma table plus suffix-edit rules by tag;
//   - a greedy arc-hybrid transition parser trained with a dynamic oracle,
//     with a separate classifier choosing the relation of each new arc.
//
// The weights are embedded in the binary; [Load] reads them once. A [Model]
// is safe for concurrent use, and [Model.Parse] always returns a tree.
// README.md is the model card: data, licences, figures, how to retrain. The package also reads and writes CoNLL-U
// ([ReadCoNLLU], [WriteCoNLLU]) and scores predictions against gold trees
// ([Evaluate]); training lives in [Train], driven by cmd/lede-train.
package depparse
