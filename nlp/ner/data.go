package ner

import "github.com/chronograph-news/chronograph/nlp/conllu"

// unerCopies is how many times TrainingSet repeats the Universal NER
// sentences: they are few but of the domain the model is evaluated on
// (web text), so they weigh more than GUM's.
const unerCopies = 3

// TrainingSet assembles the training sentences of the shipped model from
// UD English-GUM train (names from its Entity= annotation by FromGUM),
// UD English-EWT train (no names: it feeds the word statistics and, with
// Config.SelfTrain, the second round) and the EWT dev sentences labelled
// by Universal NER (see Attach), repeated unerCopies times. When tag is
// not nil the Universal NER copies are retagged with it (on copies of the
// tokens), so that the model learns from the tagger's tags on text the
// tagger has not seen, as it will meet them. The inputs are not modified,
// except that FromGUM labels gum.
func TrainingSet(gum, ewt, uner []conllu.Sentence, tag func(*conllu.Sentence)) []conllu.Sentence {
	FromGUM(gum)
	out := make([]conllu.Sentence, 0, len(gum)+len(ewt)+unerCopies*len(uner))
	out = append(out, ewt...)
	out = append(out, gum...)
	for range unerCopies {
		for _, s := range uner {
			if tag != nil {
				s = s.Clone()
				tag(&s)
			}
			out = append(out, s)
		}
	}
	return out
}
