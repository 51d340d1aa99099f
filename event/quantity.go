package event

import (
	"strconv"
	"strings"

	"github.com/chronograph-news/chronograph/token"
)

var units = wordList("units")

var troopUnits = wordList("troop_units")

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"dozen": 12,
}

var multipliers = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

// vague counts: "thousands of troops".
var vague = []struct {
	words    []string
	min, max float64
}{
	{[]string{"tens", "of", "thousands", "of"}, 1e4, 99999},
	{[]string{"hundreds", "of", "thousands", "of"}, 1e5, 999999},
	{[]string{"dozens", "of"}, 24, 99},
	{[]string{"hundreds", "of"}, 100, 999},
	{[]string{"thousands", "of"}, 1000, 9999},
	{[]string{"millions", "of"}, 1e6, 9999999},
}

var approxCues = [][]string{
	{"an", "estimated"}, {"up", "to"}, {"more", "than"}, {"at", "least"}, {"as", "many", "as"},
	{"fewer", "than"}, {"less", "than"}, {"about"}, {"around"}, {"roughly"},
	{"approximately"}, {"some"}, {"nearly"}, {"almost"}, {"estimated"}, {"over"}, {"approx."},
}

// qty is a quantity found at token at.
type qty struct {
	at int
	q  Quantity
}

// quantities finds the counted amounts of the sentence ("about 10,000 to
// 12,000 troops", "six missiles", "thousands of soldiers"). Numbers inside
// time expressions are not quantities, and a number counts something only
// when a unit noun follows it.
func (s *sent) quantities() []qty {
	var out []qty
	for i := s.first; i < s.last; {
		q, end, ok := s.quantityAt(i)
		if !ok {
			i++
			continue
		}
		out = append(out, qty{at: i, q: q})
		i = end
	}
	return out
}

// seq reports whether the words match the sentence from token i.
func (s *sent) seq(i int, words []string) bool {
	for k, w := range words {
		if s.word(i+k) != w {
			return false
		}
	}
	return true
}

func (s *sent) quantityAt(i int) (Quantity, int, bool) {
	if s.d.timexAt[i] >= 0 {
		return Quantity{}, 0, false
	}
	start := i
	var q Quantity
	for _, c := range approxCues {
		if s.seq(i, c) {
			q.Approx = true
			i += len(c)
			break
		}
	}
	j := i
	if s.word(j) == "between" {
		j++
	}
	dollars := false
	if s.word(j) == "$" {
		dollars = true
		j++
	}
	found := false
	for _, v := range vague {
		if s.seq(j, v.words) {
			q.Min, q.Max, q.Approx = v.min, v.max, true
			j += len(v.words)
			found = true
			break
		}
	}
	if !found {
		lo, next, ok := s.number(j)
		if !ok {
			return Quantity{}, 0, false
		}
		q.Min, q.Max = lo, lo
		j = next
		if sep := s.word(j); sep == "to" || sep == "-" || sep == "–" || sep == "and" || sep == "or" {
			k := j + 1
			if s.word(k) == "$" {
				k++
			}
			if hi, next, ok := s.number(k); ok && hi >= lo {
				q.Max = hi
				j = next
			}
		}
	}
	// the unit: the first noun of the next few tokens ("12,000 North Korean troops")
	k := j
	unit := ""
	if dollars {
		unit = "dollars"
	}
	for n := 0; unit == "" && k < s.last && n < 4; n++ {
		w := s.word(k)
		if s.d.lemmaIn(w, units) {
			unit = w
			if s.d.lemmaIn(w, troopUnits) {
				unit = "troops"
			}
			k++
			break
		}
		t := s.tok(k)
		capital := t.Kind == token.Word && t.Text[0] >= 'A' && t.Text[0] <= 'Z'
		if !(capital || isPlainWord(w) || w == "-" || w == "of") || s.d.timexAt[k] >= 0 {
			break
		}
		k++
	}
	if unit == "" {
		return Quantity{}, 0, false
	}
	if !dollars {
		j = k
	}
	q.Unit = unit
	q.Text = s.d.in.Text[s.tok(start).Start:s.tok(j-1).End]
	return q, j, true
}

// number parses a number at token i: digits ("10,000", "3.5"), words
// ("six", "twenty"), with a multiplier ("1.5 million", "two thousand").
func (s *sent) number(i int) (float64, int, bool) {
	if i >= s.last || s.d.timexAt[i] >= 0 {
		return 0, 0, false
	}
	var v float64
	t := s.tok(i)
	switch {
	case t.Kind == token.Number:
		f, err := strconv.ParseFloat(strings.ReplaceAll(t.Text, ",", ""), 64)
		if err != nil {
			return 0, 0, false
		}
		v = f
	case numberWords[s.word(i)] > 0:
		v = numberWords[s.word(i)]
		if s.word(i) == "dozen" && s.word(i-1) != "a" {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	i++
	for m, ok := multipliers[s.word(i)]; ok; m, ok = multipliers[s.word(i)] {
		v *= m
		i++
	}
	return v, i, true
}
