package pipeline

import (
	"reflect"
	"testing"

	"github.com/chronograph-news/chronograph/actor"
)

// TestPackActors checks that packing actor mentions loses nothing: every
// field of actor.Mention set (by reflection, so that a field added later
// and not packed fails here), mentions sharing strings, and a mention whose
// text is not the text at its offsets.
func TestPackActors(t *testing.T) {
	text := "Russian Foreign Minister Sergey Lavrov met Kim in Pyongyang."
	full := actor.Mention{}
	v := reflect.ValueOf(&full).Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.String:
			f.SetString("value of " + v.Type().Field(i).Name)
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Int:
		default:
			t.Fatalf("actor.Mention.%s is a %s: pack it, and set it here", v.Type().Field(i).Name, f.Kind())
		}
	}
	full.Start, full.End = 25, 38 // "Sergey Lavrov", not the text set above
	ms := []actor.Mention{
		{Start: 25, End: 38, Text: "Sergey Lavrov", ActorID: "person:lavrov", Kind: actor.Person, Role: "Foreign Minister", Affiliation: "country:RUS", Sector: "GOV"},
		{Start: 43, End: 46, Text: "Kim", ActorID: "person:kim", Kind: actor.Person},
		{Start: 50, End: 59, Text: "Pyongyang", ActorID: "place:pyongyang", Kind: actor.Place, Location: true},
		full,
		{Start: 0, End: 7, Text: "Russian", ActorID: "country:RUS", Kind: actor.Country},
	}
	var tab stringTable
	p := tab.pack(text, ms)
	if got := tab.unpack(text, p); !reflect.DeepEqual(got, ms) {
		t.Errorf("unpacked\n%+v\nwant\n%+v", got, ms)
	}
	if len(p.texts) != 1 {
		t.Errorf("%d texts kept apart, want 1 (the one not at its offsets)", len(p.texts))
	}
}
