//! Turns a legacy Kattis LaTeX statement into readable plain text.
//!
//! This is not a TeX engine: it knows the handful of commands Kattis statements use, keeps the
//! text of everything else, and never fails. Headings come out as `# Title` and `## Input`, list
//! items as `- item`, inline math as its contents with common symbols in Unicode.

use std::collections::VecDeque;

/// The statement as plain text.
pub(crate) fn to_text(source: &str) -> String {
    let mut converter = Converter::new(source);
    converter.run();
    tidy(&converter.out)
}

/// The title given by `\problemname{..}`, as plain text, when there is one.
pub(crate) fn problem_name(source: &str) -> Option<String> {
    let start = source.find("\\problemname")? + "\\problemname".len();
    let rest = source[start..].trim_start();
    let inner = balanced_group(rest)?;
    let mut converter = Converter::new(inner);
    converter.run();
    let name = converter.out.split_whitespace().collect::<Vec<_>>().join(" ");
    (!name.is_empty()).then_some(name)
}

/// The contents of the brace group that `s` starts with.
fn balanced_group(s: &str) -> Option<&str> {
    let body = s.strip_prefix('{')?;
    let mut depth = 1usize;
    let mut escaped = false;
    for (i, c) in body.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(&body[..i]);
                }
            }
            _ => {}
        }
    }
    None
}

#[derive(Clone, Copy, PartialEq)]
enum List {
    Bullets,
    Numbers(u32),
}

/// The state of one conversion.
struct Converter {
    chars: Vec<char>,
    pos: usize,
    out: String,
    /// What to write when each open brace group closes.
    groups: Vec<String>,
    /// What to write around the next brace groups, for commands with arguments such as `\frac`.
    pending: VecDeque<(&'static str, &'static str)>,
    /// How many groups were open when `pending` was filled.
    pending_depth: usize,
    lists: Vec<List>,
    tables: usize,
    math: bool,
}

/// Commands written as a symbol or word.
const SYMBOLS: &[(&str, &str)] = &[
    ("le", "≤"),
    ("leq", "≤"),
    ("ge", "≥"),
    ("geq", "≥"),
    ("ne", "≠"),
    ("neq", "≠"),
    ("lt", "<"),
    ("gt", ">"),
    ("times", "×"),
    ("cdot", "·"),
    ("cdots", "…"),
    ("ldots", "…"),
    ("dots", "…"),
    ("dotsc", "…"),
    ("dotsb", "…"),
    ("vdots", "⋮"),
    ("infty", "∞"),
    ("pm", "±"),
    ("to", "→"),
    ("rightarrow", "→"),
    ("leftarrow", "←"),
    ("Rightarrow", "⇒"),
    ("Leftrightarrow", "⇔"),
    ("in", "∈"),
    ("notin", "∉"),
    ("subseteq", "⊆"),
    ("subset", "⊂"),
    ("cup", "∪"),
    ("cap", "∩"),
    ("forall", "∀"),
    ("exists", "∃"),
    ("sum", "∑"),
    ("prod", "∏"),
    ("approx", "≈"),
    ("equiv", "≡"),
    ("lfloor", "⌊"),
    ("rfloor", "⌋"),
    ("lceil", "⌈"),
    ("rceil", "⌉"),
    ("lvert", "|"),
    ("rvert", "|"),
    ("vert", "|"),
    ("mid", "|"),
    ("langle", "⟨"),
    ("rangle", "⟩"),
    ("neg", "¬"),
    ("land", "∧"),
    ("lor", "∨"),
    ("oplus", "⊕"),
    ("ell", "ℓ"),
    ("prime", "′"),
    ("deg", "°"),
    ("circ", "∘"),
    ("alpha", "α"),
    ("beta", "β"),
    ("gamma", "γ"),
    ("delta", "δ"),
    ("epsilon", "ε"),
    ("varepsilon", "ε"),
    ("theta", "θ"),
    ("lambda", "λ"),
    ("mu", "μ"),
    ("pi", "π"),
    ("sigma", "σ"),
    ("tau", "τ"),
    ("phi", "φ"),
    ("omega", "ω"),
    ("Delta", "Δ"),
    ("Sigma", "Σ"),
    ("Omega", "Ω"),
    ("log", "log"),
    ("ln", "ln"),
    ("exp", "exp"),
    ("min", "min"),
    ("max", "max"),
    ("gcd", "gcd"),
    ("sin", "sin"),
    ("cos", "cos"),
    ("bmod", "mod"),
    ("mod", "mod"),
    ("quad", "  "),
    ("qquad", "  "),
    ("backslash", "\\"),
    ("textbackslash", "\\"),
    ("textasciitilde", "~"),
    ("LaTeX", "LaTeX"),
    ("TeX", "TeX"),
    ("dollar", "$"),
    ("textdollar", "$"),
    ("S", "§"),
];

/// Commands dropped together with this many brace arguments.
const DROPPED: &[(&str, usize)] = &[
    ("illustration", 3),
    ("includegraphics", 1),
    ("label", 1),
    ("vspace", 1),
    ("hspace", 1),
    ("cline", 1),
    ("setlength", 2),
    ("newcommand", 2),
    ("renewcommand", 2),
    ("ref", 1),
    ("documentclass", 1),
    ("usepackage", 1),
    ("sampletable", 0),
    ("pagebreak", 0),
];

const VERBATIM: &[&str] = &["verbatim", "verbatim*", "lstlisting", "Verbatim", "minted"];
const MATH_ENVS: &[&str] =
    &["equation", "equation*", "align", "align*", "displaymath", "eqnarray", "eqnarray*", "gather", "gather*"];

impl Converter {
    fn new(source: &str) -> Self {
        Converter {
            chars: source.chars().collect(),
            pos: 0,
            out: String::new(),
            groups: Vec::new(),
            pending: VecDeque::new(),
            pending_depth: 0,
            lists: Vec::new(),
            tables: 0,
            math: false,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    /// Writes text, leaving out blanks at the start of a line (source indentation).
    fn emit(&mut self, s: &str) {
        for c in s.chars() {
            if (c == ' ' || c == '\t') && (self.out.is_empty() || self.out.ends_with('\n')) {
                continue;
            }
            self.out.push(c);
        }
    }

    /// Starts a new line unless one has just started.
    fn newline(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    fn run(&mut self) {
        while let Some(c) = self.peek() {
            // Pending arguments must follow their command directly; text between them cancels them.
            let between_arguments = self.groups.len() == self.pending_depth;
            if !self.pending.is_empty() && between_arguments && c != '{' && !c.is_whitespace() {
                self.pending.clear();
            }
            self.pos += 1;
            match c {
                '%' => self.skip_comment(),
                '\\' => {
                    if self.command() {
                        return;
                    }
                }
                '{' => {
                    let argument = if between_arguments { self.pending.pop_front() } else { None };
                    let (open, close) = argument.unwrap_or(("", ""));
                    self.emit(open);
                    self.groups.push(close.to_owned());
                }
                '}' => {
                    if let Some(close) = self.groups.pop() {
                        self.emit(&close);
                    }
                }
                '$' => {
                    if self.peek() == Some('$') {
                        self.pos += 1;
                    }
                    self.math = !self.math;
                }
                '~' => self.emit(" "),
                '&' if self.tables > 0 => self.emit("|"),
                '`' | '\'' if self.peek() == Some(c) => {
                    self.pos += 1;
                    self.emit("\"");
                }
                '`' => self.emit("'"),
                '-' if !self.math && self.peek() == Some('-') => {
                    self.pos += 1;
                    if self.peek() == Some('-') {
                        self.pos += 1;
                        self.emit("—");
                    } else {
                        self.emit("–");
                    }
                }
                _ => self.emit(c.encode_utf8(&mut [0; 4])),
            }
        }
    }

    /// Skips a `%` comment, its line break and the next line's indentation, as TeX does.
    fn skip_comment(&mut self) {
        while let Some(c) = self.peek() {
            self.pos += 1;
            if c == '\n' {
                break;
            }
        }
        while matches!(self.peek(), Some(' ' | '\t')) {
            self.pos += 1;
        }
    }

    fn skip_spaces(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t')) {
            self.pos += 1;
        }
    }

    /// Skips `[..]`, returning its contents.
    fn optional_arg(&mut self) -> Option<String> {
        let save = self.pos;
        self.skip_spaces();
        if self.peek() != Some('[') {
            self.pos = save;
            return None;
        }
        self.pos += 1;
        let mut text = String::new();
        while let Some(c) = self.peek() {
            self.pos += 1;
            if c == ']' {
                return Some(text);
            }
            text.push(c);
        }
        Some(text)
    }

    /// Skips a `{..}` group, returning its raw contents; `None` when no group follows.
    fn group_arg(&mut self) -> Option<String> {
        let save = self.pos;
        while matches!(self.peek(), Some(c) if c.is_whitespace()) {
            self.pos += 1;
        }
        if self.peek() != Some('{') {
            self.pos = save;
            return None;
        }
        self.pos += 1;
        let mut depth = 1usize;
        let mut text = String::new();
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                '\\' => {
                    text.push(c);
                    if let Some(next) = self.peek() {
                        self.pos += 1;
                        text.push(next);
                    }
                    continue;
                }
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(text);
                    }
                }
                _ => {}
            }
            text.push(c);
        }
        Some(text)
    }

    /// Handles the command after a backslash. Returns true at `\end{document}`.
    fn command(&mut self) -> bool {
        let Some(first) = self.peek() else {
            return false;
        };
        if !first.is_ascii_alphabetic() {
            self.pos += 1;
            self.symbol_command(first);
            return false;
        }
        let mut name = String::new();
        while let Some(c) = self.peek().filter(char::is_ascii_alphabetic) {
            name.push(c);
            self.pos += 1;
        }
        if self.peek() == Some('*') {
            self.pos += 1;
        }
        if let Some((_, symbol)) = SYMBOLS.iter().find(|(n, _)| *n == name) {
            self.emit(symbol);
            return false;
        }
        if let Some((_, args)) = DROPPED.iter().find(|(n, _)| *n == name) {
            self.optional_arg();
            for _ in 0..*args {
                self.group_arg();
            }
            self.skip_spaces();
            return false;
        }
        match name.as_str() {
            "problemname" => self.heading("\n# "),
            "section" => self.heading("\n## "),
            "subsection" => self.heading("\n### "),
            "subsubsection" | "paragraph" => self.heading("\n#### "),
            "frac" | "dfrac" | "tfrac" => self.expect_arguments(&[("(", ")/"), ("(", ")")]),
            "sqrt" => {
                self.optional_arg();
                self.expect_arguments(&[("√(", ")")]);
            }
            "href" => {
                self.group_arg();
            }
            "item" => self.item(),
            "begin" => return self.begin(),
            "end" => return self.end(),
            "hline" | "toprule" | "midrule" | "bottomrule" => self.skip_spaces(),
            // Formatting commands keep their argument's text; unknown commands vanish the same way.
            _ => self.skip_spaces(),
        }
        false
    }

    fn symbol_command(&mut self, c: char) {
        match c {
            '\\' => {
                self.optional_arg();
                self.emit("\n");
            }
            ',' | ';' | ':' | ' ' => self.emit(" "),
            '%' | '$' | '&' | '#' | '_' | '{' | '}' => self.emit(c.encode_utf8(&mut [0; 4])),
            '(' | ')' => {}
            '[' | ']' => self.emit("\n"),
            // Accents, discretionary hyphens and thin negative space leave the letters alone.
            '\'' | '"' | '`' | '^' | '~' | '=' | '.' | '-' | '!' | '/' => {}
            other => self.emit(other.encode_utf8(&mut [0; 4])),
        }
    }

    fn heading(&mut self, marker: &'static str) {
        self.optional_arg();
        self.expect_arguments(&[(marker, "\n\n")]);
    }

    /// Sets what to write around the brace arguments that follow the current command.
    fn expect_arguments(&mut self, around: &[(&'static str, &'static str)]) {
        self.pending = around.iter().copied().collect();
        self.pending_depth = self.groups.len();
    }

    fn item(&mut self) {
        let label = self.optional_arg();
        let depth = self.lists.len().saturating_sub(1);
        let marker = match self.lists.last_mut() {
            Some(List::Numbers(n)) => {
                *n += 1;
                format!("{n}. ")
            }
            _ => "- ".to_owned(),
        };
        self.newline();
        self.out.push_str(&"  ".repeat(depth));
        self.out.push_str(&marker);
        if let Some(label) = label {
            self.emit(&label);
            self.emit(" ");
        }
        while matches!(self.peek(), Some(c) if c.is_whitespace()) {
            self.pos += 1;
        }
    }

    /// Skips the blanks and the line break after `\begin{..}` or `\end{..}`.
    fn skip_line_end(&mut self) {
        self.skip_spaces();
        if self.peek() == Some('\n') {
            self.pos += 1;
        }
    }

    fn begin(&mut self) -> bool {
        let env = self.group_arg().unwrap_or_default();
        match env.as_str() {
            "document" => self.out.clear(),
            "itemize" | "description" => self.lists.push(List::Bullets),
            "enumerate" => self.lists.push(List::Numbers(0)),
            "tabular" | "array" | "tabular*" => {
                self.optional_arg();
                if env == "tabular*" {
                    self.group_arg();
                }
                self.group_arg();
                self.tables += 1;
            }
            "minipage" => {
                self.optional_arg();
                self.group_arg();
            }
            env if VERBATIM.contains(&env) => {
                self.optional_arg();
                if env == "minted" {
                    self.group_arg();
                }
                self.verbatim(env);
                return false;
            }
            env if MATH_ENVS.contains(&env) => self.math = true,
            _ => {
                self.optional_arg();
            }
        }
        self.skip_line_end();
        self.newline();
        false
    }

    fn end(&mut self) -> bool {
        let env = self.group_arg().unwrap_or_default();
        match env.as_str() {
            "document" => return true,
            "itemize" | "description" | "enumerate" => {
                self.lists.pop();
            }
            "tabular" | "array" | "tabular*" => self.tables = self.tables.saturating_sub(1),
            env if MATH_ENVS.contains(&env) => self.math = false,
            _ => {}
        }
        self.skip_line_end();
        self.newline();
        false
    }

    /// Copies a verbatim environment's body as an indented block.
    fn verbatim(&mut self, env: &str) {
        let end: Vec<char> = format!("\\end{{{env}}}").chars().collect();
        let mut body = String::new();
        while self.pos < self.chars.len() {
            if self.chars[self.pos..].starts_with(&end) {
                self.pos += end.len();
                break;
            }
            body.push(self.chars[self.pos]);
            self.pos += 1;
        }
        self.out.push_str("\n\n");
        for line in body.trim_matches('\n').lines() {
            self.out.push_str("    ");
            self.out.push_str(line);
            self.out.push('\n');
        }
        self.out.push('\n');
    }
}

/// Trims trailing blanks, keeps at most one empty line in a row, and ends with one line break.
fn tidy(text: &str) -> String {
    let mut out = String::new();
    let mut blank_run = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_a_kattis_statement() {
        let tex = r"\problemname{Hello \emph{World}}

\illustration{0.3}{hello.jpg}{Picture by someone}
% A comment that must vanish.
Print \texttt{Hello World!} $n$ times, where $1 \le n \le 10^5$ and
$x_i \neq \frac{a^{2}}{b}$ --- easy.

\section*{Input}
The input has:
\begin{itemize}
  \item one integer $n$;
  \item nothing else.
\end{itemize}

\section*{Output}
\begin{enumerate}
\item First
\item Second, costs 50\%.
\end{enumerate}
\begin{verbatim}
  x = {1}
\end{verbatim}
";
        let text = to_text(tex);
        assert_eq!(
            text,
            "# Hello World\n\n\
             Print Hello World! n times, where 1 ≤ n ≤ 10^5 and\n\
             x_i ≠ (a^2)/(b) — easy.\n\n\
             ## Input\n\n\
             The input has:\n\
             - one integer n;\n\
             - nothing else.\n\n\
             ## Output\n\n\
             1. First\n\
             2. Second, costs 50%.\n\n\
             \x20     x = {1}\n"
        );
    }

    #[test]
    fn takes_the_body_of_a_full_document() {
        let text = to_text("\\documentclass{article}\n\\begin{document}\nHi\n\\end{document}\nafter");
        assert_eq!(text, "Hi\n");
    }

    #[test]
    fn finds_the_problem_name() {
        assert_eq!(problem_name("% x\n\\problemname{Two $\\times$ Sum}\nbody").as_deref(), Some("Two × Sum"));
        assert_eq!(problem_name("\\problemname{}"), None);
        assert_eq!(problem_name("\\problemname{unclosed"), None);
        assert_eq!(problem_name("no name"), None);
    }

    #[test]
    fn survives_malformed_input() {
        for tex in
            ["}}}{{{", "\\", "\\begin{", "\\frac", "$$$", "\\item", "\\end{itemize}\\item x", "\\begin{verbatim}x"]
        {
            let _ = to_text(tex);
        }
        assert_eq!(to_text("\\begin{tabular}{|c|c|}\\hline a & b \\\\ c & d\\end{tabular}"), "a | b\nc | d\n");
    }
}
