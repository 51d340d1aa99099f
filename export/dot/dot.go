// Package dot writes chronograph's diagrams in the Graphviz DOT language:
// the actor–event graph (graph.dot) and a chronological timeline diagram
// (timeline.dot). Both encoders are fed by the one timeline model, write
// nodes, edges and attributes in a deterministic order and escape every
// quote, backslash and newline they copy from the data, so that Graphviz
// parses the output without a warning.
//
// Options narrow a large corpus to a readable diagram: Focus keeps the
// neighbourhood of one actor, Top keeps the best-connected actors.
package dot

// DefaultFont is the font family written into every diagram. Graphviz
// builds without a font library (go-graphviz's WebAssembly build among
// them) estimate text widths from built-in metrics for Times, Helvetica
// (Arial) and Courier only; Helvetica is measured the same way by the
// estimator and by a browser that maps it to Arial or a metric-compatible
// font (Liberation Sans), so labels fit their boxes.
const DefaultFont = "Helvetica"

// DefaultWrap is the number of characters after which long titles and
// names are wrapped onto a new line.
const DefaultWrap = 30

// DefaultHops is how far Focus reaches from its actor: two edges, that is
// the actor's events and the other actors taking part in them.
const DefaultHops = 2

// DefaultPerRow is the number of events drawn side by side on one row of
// the timeline diagram.
const DefaultPerRow = 4

// Options tune a diagram. The zero value draws everything.
type Options struct {
	// Focus, when set, keeps only the subgraph within Hops edges of one
	// actor, named by id, name or alias (case-insensitive).
	Focus string
	// Hops is Focus's reach in edges; 0 means DefaultHops.
	Hops int
	// Top, when positive, keeps only the Top actors taking part in the
	// most events, and their events.
	Top int
	// Wrap is the line width of labels in characters; 0 means DefaultWrap.
	Wrap int
	// Font is the font family; "" means DefaultFont.
	Font string
	// PerRow is the most events the timeline draws side by side on one
	// period's row before continuing on the next; 0 means DefaultPerRow.
	PerRow int
	// Title is drawn above the diagram when set.
	Title string
	// Flat leaves out the graph's time axis (date columns and the ranks
	// that order them). Force-directed layouts such as sfdp, used for large
	// graphs, ignore ranks, and the axis would only add nodes and edges
	// for them to place.
	Flat bool
}

func (o Options) wrap() int {
	if o.Wrap > 0 {
		return o.Wrap
	}
	return DefaultWrap
}

func (o Options) font() string {
	if o.Font != "" {
		return o.Font
	}
	return DefaultFont
}

func (o Options) hops() int {
	if o.Hops > 0 {
		return o.Hops
	}
	return DefaultHops
}

func (o Options) perRow() int {
	if o.PerRow > 0 {
		return o.PerRow
	}
	return DefaultPerRow
}
