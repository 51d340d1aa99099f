package graphattr

import "testing"

func TestEscapeXML(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain Zoë", "plain Zoë"},
		{`a "b" & <c>`, "a &quot;b&quot; &amp; &lt;c&gt;"},
		{"O'Neil", "O'Neil"},
		{"line\nnext\ttab\r", "line&#xA;next&#x9;tab&#xD;"},
		{"nul\x00bell\x07", "nul\uFFFDbell\uFFFD"},
		{"bad\xffutf8", "bad\uFFFDutf8"},
		{`back\slash`, `back\slash`},
	}
	for _, tt := range tests {
		if got := EscapeXML(tt.in); got != tt.want {
			t.Errorf("EscapeXML(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
