package main

import (
	"fmt"
	"strconv"
	"strings"
)

// sizeFlag is a byte count flag: a number with an optional unit (B, KB,
// MB, GB; powers of 1024), e.g. 16MB.
type sizeFlag struct{ n *int64 }

// sizeUnits are the units sizeFlag accepts, longest first.
var sizeUnits = []struct {
	suffix string
	scale  int64
}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}}

func (s sizeFlag) String() string {
	if s.n == nil {
		return ""
	}
	return strconv.FormatInt(*s.n, 10)
}

func (s sizeFlag) Set(v string) error {
	num, scale := strings.ToUpper(strings.TrimSpace(v)), int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(num, u.suffix) {
			num, scale = strings.TrimSpace(strings.TrimSuffix(num, u.suffix)), u.scale
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/scale {
		return fmt.Errorf("want a positive size such as 16MB, got %q", v)
	}
	*s.n = n * scale
	return nil
}
