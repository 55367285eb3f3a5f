// Package testcorpus reads the third-party news corpora kept beside the
// repository (../shared/corpora) for tests and benchmarks. Nothing of
// them is copied into the repository; callers skip when they are absent.
package testcorpus

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// reutersBody finds the article bodies of a Reuters-21578 SGML file.
var reutersBody = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)

// ReutersBodies returns up to n article bodies (all when n <= 0) of the
// Reuters-21578 files reut2-*.sgm.gz in dir, in file order, with "&lt;"
// decoded and the closing "Reuter" mark removed.
func ReutersBodies(dir string, n int) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "reut2-*.sgm.gz"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no reut2-*.sgm.gz files", dir)
	}
	sort.Strings(files)
	var out []string
	for _, f := range files {
		if n > 0 && len(out) >= n {
			break
		}
		b, err := Gunzip(f)
		if err != nil {
			return out, err
		}
		for _, m := range reutersBody.FindAllSubmatch(b, -1) {
			body := strings.ReplaceAll(string(m[1]), "&lt;", "<")
			body = strings.TrimSuffix(strings.TrimSpace(body), "Reuter\n&#3;")
			out = append(out, body)
			if n > 0 && len(out) >= n {
				break
			}
		}
	}
	return out, nil
}

// BBCTexts returns up to n articles (all when n <= 0) of the BBC News
// corpus in dir (category folders of .txt files), in path order.
func BBCTexts(dir string, n int) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no category/*.txt files", dir)
	}
	sort.Strings(files)
	var out []string
	for _, f := range files {
		if n > 0 && len(out) >= n {
			break
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return out, err
		}
		out = append(out, string(b))
	}
	return out, nil
}

// Gunzip returns the uncompressed content of the gzip file at path.
func Gunzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

// Shared returns the path of parts inside the shared directory kept beside
// the repository (../shared seen from the module root, the directory
// holding go.mod), found from the test's working directory whatever the
// package's depth. When the path is absent it skips tb with a message
// naming the path, so tests that need third-party data pass on a machine
// without it.
func Shared(tb testing.TB, parts ...string) string {
	tb.Helper()
	root, err := moduleRoot()
	if err != nil {
		tb.Skipf("shared data %s: %v: skipping", filepath.Join(parts...), err)
	}
	p := filepath.Join(append([]string{root, "..", "shared"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data %s is absent (expected in ../shared beside the repository): skipping", p)
	}
	return p
}

// moduleRoot walks up from the working directory to the directory that
// holds go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("working directory: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = up
	}
}
