package dot

// kindStyle is how one actor kind is drawn.
type kindStyle struct {
	shape string
	fill  string
	line  string
}

// actorStyles maps an actor kind to its shape and colours (a read-only
// table; colours from the ColorBrewer Pastel1 scheme, readable in print).
var actorStyles = map[string]kindStyle{
	"person":       {shape: "ellipse", fill: "#fed9a6", line: "#b26b00"},
	"country":      {shape: "hexagon", fill: "#b3cde3", line: "#2c5f8a"},
	"organization": {shape: "octagon", fill: "#ccebc5", line: "#2e7d32"},
	"place":        {shape: "house", fill: "#decbe4", line: "#6a3d9a"},
}

// actorKinds lists the kinds in legend order.
var actorKinds = []string{"person", "country", "organization", "place"}

var otherStyle = kindStyle{shape: "ellipse", fill: "#f2f2f2", line: "#666666"}

func styleOf(kind string) kindStyle {
	if s, ok := actorStyles[kind]; ok {
		return s
	}
	return otherStyle
}

// Event colours.
const (
	eventFill = "#ffffff"
	eventLine = "#444444"
	// boundFill tints an event with no date of its own, told as done on
	// or before its article's publication (drawn dotted).
	boundFill = "#fff7e0"
	axisLine  = "#888888"
	edgeLine  = "#a6a6a6"
)
