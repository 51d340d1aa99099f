package parser

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/chronograph-news/chronograph/nlp/perceptron"
)

// magic starts an encoded parser; its last byte is the format version
// (bumped when the features change, since old weights would be meaningless).
const magic = "CGDP\x02"

// WriteTo encodes m: the magic, the transition model and the label model,
// whose class names are the labels. It returns the bytes written.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, magic)
	if err != nil {
		return int64(n), err
	}
	total := int64(n)
	for _, pm := range []*perceptron.Model{m.actions, m.relations} {
		k, err := pm.WriteTo(w)
		total += k
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// Read decodes a model written by WriteTo. A corrupt input gives an error.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("parser: not a parser model (bad magic or version)")
	}
	// ReadModel's own bufio.NewReader returns br itself (same size), so
	// the first model does not read ahead into the second.
	actions, err := perceptron.ReadModel(br)
	if err != nil {
		return nil, fmt.Errorf("parser: transitions: %w", err)
	}
	if want := classNames(); !slices.Equal(actions.Classes, want) {
		return nil, fmt.Errorf("parser: transition classes %q, want %q", actions.Classes, want)
	}
	relations, err := perceptron.ReadModel(br)
	if err != nil {
		return nil, fmt.Errorf("parser: labels: %w", err)
	}
	labels := relations.Classes
	for i, l := range labels {
		if l == "" || i > 0 && l <= labels[i-1] {
			return nil, fmt.Errorf("parser: labels not sorted and distinct: %q", labels)
		}
	}
	if !slices.Contains(labels, RootLabel) {
		return nil, errors.New("parser: model has no root label")
	}
	return newModel(labels, actions, relations), nil
}
