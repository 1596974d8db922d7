// The GiNaC reference for `leibniz batch --threads 1 --simplify none` (BENCHMARKS.md, "Throughput,
// second round"): reads one expression per line from a file (or standard input), parses it with
// GiNaC's own parser, differentiates it by x and prints the result, one line per input line.
// GiNaC evaluates every expression to its canonical form as it is built (like Leibniz's smart
// constructors), so this is the same work as Leibniz without the simplifier.
//
//   ginac_batch FILE        # derivatives on standard output; a line GiNaC refuses or cannot
//                           # differentiate prints "error: ..." instead
//
// The language subset: x, y, z, + - * / ^, numbers, parentheses, sin cos tan exp log sqrt tanh
// (GiNaC's log is the natural logarithm, as Leibniz's log with one argument). translate() maps
// what Leibniz writes differently: ** is ^, the brackets < [ { and > ] } are parentheses, ln is
// log. Juxtaposition (2x, xy) and e^u are not translated: the workload (mix-10k) has neither.
#include <ginac/ginac.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <string>

using namespace GiNaC;

namespace {

std::string translate(const std::string& line) {
  std::string out;
  out.reserve(line.size());
  for (size_t i = 0; i < line.size(); i++) {
    char c = line[i];
    if (c == '*' && i + 1 < line.size() && line[i + 1] == '*') {
      out += '^';
      i++;
    } else if (c == '<' || c == '[' || c == '{') {
      out += '(';
    } else if (c == '>' || c == ']' || c == '}') {
      out += ')';
    } else if (c == 'l' && i + 1 < line.size() && line[i + 1] == 'n'
        && (i == 0 || !isalpha(static_cast<unsigned char>(line[i - 1])))
        && (i + 2 >= line.size() || !isalpha(static_cast<unsigned char>(line[i + 2])))) {
      out += "log";
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::ifstream file;
  if (argc > 1) {
    file.open(argv[1]);
    if (!file) {
      std::cerr << "ginac_batch: cannot read " << argv[1] << "\n";
      return 2;
    }
  }
  std::istream& in = argc > 1 ? file : std::cin;
  symbol x("x"), y("y"), z("z");
  symtab table;
  table["x"] = x;
  table["y"] = y;
  table["z"] = z;
  parser reader(table, true);  // strict: an unknown name is an error, not a new symbol
  long lines = 0, errors = 0;
  auto start = std::chrono::steady_clock::now();
  std::string line;
  while (std::getline(in, line)) {
    lines++;
    try {
      ex e = reader(translate(line));
      std::cout << e.diff(x) << '\n';
    } catch (const std::exception& problem) {
      errors++;
      std::cout << "error: " << problem.what() << '\n';
    }
  }
  std::cout.flush();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << "ginac_batch: " << lines << " lines, " << errors << " errors, "
            << static_cast<long>(lines / seconds) << " lines/s inside the process\n";
  return 0;
}
