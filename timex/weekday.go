package timex

import (
	"strings"
	"time"
)

// Weekday returns the day of the week word names in full ("Friday",
// "friday"; not the abbreviations, which are ordinary words too: "sat",
// "wed"). The names are the standard library's, so the project holds no
// other list of them.
func Weekday(word string) (time.Weekday, bool) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(word, d.String()) {
			return d, true
		}
	}
	return 0, false
}
