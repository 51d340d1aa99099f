package event

import "github.com/chronograph-news/chronograph/token"

// amount.go: a light verb that gives an amount "in" a noun trigger
// ("will provide 15 million dollars in emergency aid", "pledged 250
// million euros in loans"): the verb carries the noun's event, as in
// "provided aid".

var amountWords = wordList("amount_words")

// amountReach is how many tokens the amount may take between the light
// verb and "in"; amountModifiers how many words may modify the noun
// trigger after "in" ("emergency food aid").
const (
	amountReach     = 6
	amountModifiers = 2
)

// amountVerb returns the light verb before the amount a noun trigger
// starting at token start is given "in", or -1.
func (s *sent) amountVerb(start int) int {
	j := start - 1
	for n := 0; j >= s.first && n < amountModifiers && s.word(j) != "in" && isPlainWord(s.word(j)); n++ {
		j--
	}
	if j <= s.first || s.word(j) != "in" {
		return -1
	}
	j--
	amount := false
	for n := 0; j >= s.first && n < amountReach; n++ {
		w := s.word(j)
		if s.tok(j).Kind == token.Number || amountWords[w] || w == "$" {
			amount = true
			j--
			continue
		}
		if determiners[w] || w == "(" || w == ")" || w == "," {
			j--
			continue
		}
		break
	}
	if !amount || j < s.first || !s.d.lemmaIn(s.word(j), s.d.lx.light) {
		return -1
	}
	return j
}
