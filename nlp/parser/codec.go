package parser

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/chronograph-news/chronograph/nlp/perceptron"
)

// magic starts an encoded parser; its last byte is the format version
// (bumped when the features change, since old weights would be meaningless).
const magic = "CGDP\x01"

// WriteTo encodes m: the magic and the perceptron model, whose class names
// carry the labels. It returns the bytes written.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, magic)
	if err != nil {
		return int64(n), err
	}
	k, err := m.pm.WriteTo(w)
	return int64(n) + k, err
}

// Read decodes a model written by WriteTo. A corrupt input gives an error.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("parser: not a parser model (bad magic or version)")
	}
	pm, err := perceptron.ReadModel(br)
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	labels, err := labelsOf(pm.Classes)
	if err != nil {
		return nil, err
	}
	return newModel(labels, pm), nil
}

// labelsOf recovers the labels from the class names made by classNames:
// non-empty, sorted and distinct, RootLabel among them.
func labelsOf(classes []string) ([]string, error) {
	if len(classes) < 4 || len(classes)%2 != 0 || classes[0] != "shift" || classes[1] != "reduce" {
		return nil, errors.New("parser: model classes are not parser transitions")
	}
	var labels []string
	for i := 2; i < len(classes); i += 2 {
		l, ok := strings.CutPrefix(classes[i], "L:")
		if !ok || classes[i+1] != "R:"+l || l == "" || len(labels) > 0 && l <= labels[len(labels)-1] {
			return nil, fmt.Errorf("parser: bad transition classes %q, %q", classes[i], classes[i+1])
		}
		labels = append(labels, l)
	}
	if !slices.Contains(labels, RootLabel) {
		return nil, errors.New("parser: model has no root label")
	}
	return labels, nil
}
