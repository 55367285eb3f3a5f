package actor

import (
	"bufio"
	"bytes"
	"strings"
	"sync"
)

// countryCodes is the set of country codes of the built-in countries
// dictionary, read once from the embedded file.
var countryCodes = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	data, err := builtinFS.ReadFile("data/countries.txt")
	if err != nil {
		return m
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		f := strings.Fields(stripHeraldComment(sc.Text()))
		if len(f) >= 2 && f[0] == string(KindCountry) && len(f[1]) == 3 {
			m[f[1]] = true
		}
	}
	return m
})

// isCountryCode reports whether c is a country code of the built-in dictionary.
func isCountryCode(c string) bool { return countryCodes()[c] }
