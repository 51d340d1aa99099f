package timex

// numberWords maps cardinal number words to their values.
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// decadeWords maps spelled decades to their last two digits' tens: "the
// nineties" is 199 in the century the text is about (the 1900s by default).
var decadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9,
}

// multiplierWords scale the number before them ("two hundred").
var multiplierWords = map[string]int{"hundred": 100, "thousand": 1000}

// vagueQuantities are quantity words that give a duration an unknown
// count (PXY): "several years", "a few days".
var vagueQuantities = wordList("vague_quantities")
