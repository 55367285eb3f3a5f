// Package testcorpus reads the third-party news corpora kept beside the
// repository (../shared/corpora) for tests and benchmarks. Nothing of
// them is copied into the repository; callers skip when they are absent.
package testcorpus

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
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
