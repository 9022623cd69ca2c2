//! Relevance: an item asked only when earlier answers match (`show_if`).
//!
//! A condition is written as a short expression in the questionnaire (`show_if = "role =
//! yes"`, `"hours >= 5 and benefits includes training"`), compiled once against the
//! questionnaire into a [`Condition`] that the normalised definition carries, and evaluated
//! by [`relevant`] everywhere an item's relevance matters: the survey (what is asked, what
//! is dropped), the check of a response (what may and must be answered) and reports (what is
//! "not applicable"). The syntax and rules are documented in `docs/questionnaire-format.md`.
//!
//! Every test needs an answer: a test on an item or profile field without one (skipped,
//! "no answer", itself not applicable) is not met, whatever its operator; only `not`
//! turns that around.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::definition::{DefinedItem, Definition};
use super::format::{ItemKind, QuestionnaireFile};
use crate::i18n::QuestionnaireMessages;

/// When an item is asked: a test of earlier answers, or tests combined.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// Met when every one of these is met (`and`).
    All(Vec<Condition>),
    /// Met when at least one of these is met (`or`).
    Any(Vec<Condition>),
    /// Met when this one is not (`not`), also when its answer is missing.
    Not(Box<Condition>),
    /// One answer tested.
    Test(Test),
}

/// One answer tested: whose, and what it must be.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Test {
    /// The item (asked before) or profile field whose answer is tested.
    pub of: Source,
    /// What the answer must be; a missing answer never is.
    pub is: Check,
}

/// Whose answer a test reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// An item asked before the one shown (`single`, `multiple` or `number`).
    Item(String),
    /// A profile field (`profile.ID` in the file).
    Profile(String),
}

/// What an answer must be.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// The code chosen is one of these (`=`, `in`).
    In(Vec<String>),
    /// A code was chosen, and not one of these (`!=`, `not in`).
    NotIn(Vec<String>),
    /// The codes ticked include this one (`includes`).
    Includes(String),
    /// The number is equal to this one (`=`).
    Eq(f64),
    /// The number is not equal to this one (`!=`).
    Ne(f64),
    /// The number is below this one (`<`).
    Lt(f64),
    /// The number is at most this one (`<=`).
    Le(f64),
    /// The number is above this one (`>`).
    Gt(f64),
    /// The number is at least this one (`>=`).
    Ge(f64),
}

/// The answers a condition reads; `None` when there is no answer (not given, "no answer",
/// or not of the kind asked).
pub trait Answers {
    /// The option code chosen for single-choice item `item`.
    fn code(&self, item: &str) -> Option<&str>;
    /// Whether multiple-choice item `item` ticks `code`.
    fn ticked(&self, item: &str, code: &str) -> Option<bool>;
    /// The number answered to number item `item`.
    fn number(&self, item: &str) -> Option<f64>;
    /// The choice code of profile field `field`.
    fn profile(&self, field: &str) -> Option<&str>;
}

/// Whether `item` is asked, given `answers`: it has no condition, or its condition is met.
pub fn relevant(item: &DefinedItem, answers: &(impl Answers + ?Sized)) -> bool {
    item.show_if.as_ref().is_none_or(|c| c.met(answers))
}

/// Whether each item of `def` is asked given `answers`, in item order, into `out`. An item
/// found not asked hides its own answer from the items after it (as the survey drops it):
/// an item depending on it is not asked either.
pub fn relevance_into(def: &Definition, answers: &(impl Answers + ?Sized), out: &mut Vec<bool>) {
    out.clear();
    let mut hidden: Vec<&str> = Vec::new();
    for item in &def.items {
        let asked = relevant(
            item,
            &Hiding {
                inner: answers,
                hidden: &hidden,
            },
        );
        if !asked {
            hidden.push(&item.id);
        }
        out.push(asked);
    }
}

/// [`relevance_into`] into a new list.
pub fn relevance(def: &Definition, answers: &(impl Answers + ?Sized)) -> Vec<bool> {
    let mut out = Vec::with_capacity(def.items.len());
    relevance_into(def, answers, &mut out);
    out
}

/// Answers with those of some items taken out.
struct Hiding<'a, A: ?Sized> {
    inner: &'a A,
    hidden: &'a [&'a str],
}

impl<A: Answers + ?Sized> Answers for Hiding<'_, A> {
    fn code(&self, item: &str) -> Option<&str> {
        (!self.hidden.contains(&item))
            .then(|| self.inner.code(item))
            .flatten()
    }
    fn ticked(&self, item: &str, code: &str) -> Option<bool> {
        (!self.hidden.contains(&item))
            .then(|| self.inner.ticked(item, code))
            .flatten()
    }
    fn number(&self, item: &str) -> Option<f64> {
        (!self.hidden.contains(&item))
            .then(|| self.inner.number(item))
            .flatten()
    }
    fn profile(&self, field: &str) -> Option<&str> {
        self.inner.profile(field)
    }
}

impl Condition {
    /// Whether `answers` meet this condition.
    pub fn met(&self, answers: &(impl Answers + ?Sized)) -> bool {
        match self {
            Condition::All(all) => all.iter().all(|c| c.met(answers)),
            Condition::Any(any) => any.iter().any(|c| c.met(answers)),
            Condition::Not(c) => !c.met(answers),
            Condition::Test(t) => t.met(answers),
        }
    }
}

impl Test {
    fn met(&self, answers: &(impl Answers + ?Sized)) -> bool {
        let code = || match &self.of {
            Source::Item(id) => answers.code(id),
            Source::Profile(id) => answers.profile(id),
        };
        match &self.is {
            Check::In(codes) => code().is_some_and(|c| codes.iter().any(|x| x == c)),
            Check::NotIn(codes) => code().is_some_and(|c| !codes.iter().any(|x| x == c)),
            Check::Includes(code) => match &self.of {
                Source::Item(id) => answers.ticked(id, code) == Some(true),
                Source::Profile(_) => false,
            },
            &Check::Eq(v) => self.compare(answers, |x| x == v),
            &Check::Ne(v) => self.compare(answers, |x| x != v),
            &Check::Lt(v) => self.compare(answers, |x| x < v),
            &Check::Le(v) => self.compare(answers, |x| x <= v),
            &Check::Gt(v) => self.compare(answers, |x| x > v),
            &Check::Ge(v) => self.compare(answers, |x| x >= v),
        }
    }

    /// Whether the number answered passes `test`.
    fn compare(&self, answers: &(impl Answers + ?Sized), test: impl Fn(f64) -> bool) -> bool {
        match &self.of {
            Source::Item(id) => answers.number(id).is_some_and(test),
            Source::Profile(_) => false,
        }
    }
}

/// A number as written in a condition: `5`, `2.5`, `-1`.
fn number_text(x: f64) -> String {
    format!("{x}")
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Item(id) => write!(f, "{id}"),
            Source::Profile(id) => write!(f, "profile.{id}"),
        }
    }
}

impl fmt::Display for Test {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let of = &self.of;
        match &self.is {
            Check::In(codes) if codes.len() == 1 => write!(f, "{of} = {}", codes[0]),
            Check::In(codes) => write!(f, "{of} in ({})", codes.join(", ")),
            Check::NotIn(codes) if codes.len() == 1 => write!(f, "{of} != {}", codes[0]),
            Check::NotIn(codes) => write!(f, "{of} not in ({})", codes.join(", ")),
            Check::Includes(code) => write!(f, "{of} includes {code}"),
            Check::Eq(v) => write!(f, "{of} = {}", number_text(*v)),
            Check::Ne(v) => write!(f, "{of} != {}", number_text(*v)),
            Check::Lt(v) => write!(f, "{of} < {}", number_text(*v)),
            Check::Le(v) => write!(f, "{of} <= {}", number_text(*v)),
            Check::Gt(v) => write!(f, "{of} > {}", number_text(*v)),
            Check::Ge(v) => write!(f, "{of} >= {}", number_text(*v)),
        }
    }
}

/// Written in the file's syntax, with brackets only where needed (`and` binds tighter than
/// `or`): what messages quote.
impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let part = |c: &Condition, f: &mut fmt::Formatter<'_>, bracket: bool| {
            if bracket {
                write!(f, "({c})")
            } else {
                write!(f, "{c}")
            }
        };
        match self {
            Condition::All(all) => {
                for (k, c) in all.iter().enumerate() {
                    if k > 0 {
                        f.write_str(" and ")?;
                    }
                    part(c, f, matches!(c, Condition::Any(_) | Condition::All(_)))?;
                }
                Ok(())
            }
            Condition::Any(any) => {
                for (k, c) in any.iter().enumerate() {
                    if k > 0 {
                        f.write_str(" or ")?;
                    }
                    part(c, f, matches!(c, Condition::Any(_)))?;
                }
                Ok(())
            }
            Condition::Not(c) => {
                f.write_str("not ")?;
                part(c, f, matches!(**c, Condition::Any(_) | Condition::All(_)))
            }
            Condition::Test(t) => write!(f, "{t}"),
        }
    }
}

/// A problem in a condition: a message, and the byte in the condition's text it is about.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub at: usize,
    pub message: String,
}

/// Compiles the condition `text` of item number `item` of `q`: its syntax, then what it
/// refers to. Every problem is returned, each where it is in `text`.
pub fn compile(text: &str, q: &QuestionnaireFile, item: usize) -> Result<Condition, Vec<Problem>> {
    let m = &crate::i18n::current().questionnaire;
    let expr = parse(text, m).map_err(|p| vec![p])?;
    let mut problems = Vec::new();
    let condition = Resolver { q, item, m }.resolve(&expr, &mut problems);
    if problems.is_empty() {
        Ok(condition)
    } else {
        Err(problems)
    }
}

// ---- Reading the text -------------------------------------------------------------------

/// A token of a condition and the byte it starts at.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Token<'s> {
    text: &'s str,
    kind: Kind,
    at: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// An id, a code, a number or a keyword.
    Word,
    /// `=`, `!=`, `<`, `<=`, `>`, `>=`.
    Operator,
    Open,
    Close,
    Comma,
}

/// The characters of a word: those of ids and codes, and of numbers.
fn word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')
}

fn lex<'s>(text: &'s str, m: &QuestionnaireMessages) -> Result<Vec<Token<'s>>, Problem> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let token = |len: usize, kind: Kind| Token {
            text: &text[at..at + len],
            kind,
            at,
        };
        match c {
            c if c.is_whitespace() => {}
            '(' => tokens.push(token(1, Kind::Open)),
            ')' => tokens.push(token(1, Kind::Close)),
            ',' => tokens.push(token(1, Kind::Comma)),
            '=' if chars.next_if(|&(_, n)| n == '=').is_some() => {
                return Err(Problem {
                    at,
                    message: m.condition_character("=="),
                });
            }
            '=' => tokens.push(token(1, Kind::Operator)),
            '!' | '<' | '>' => {
                let eq = chars.next_if(|&(_, n)| n == '=').is_some();
                if c == '!' && !eq {
                    return Err(Problem {
                        at,
                        message: m.condition_character("!"),
                    });
                }
                tokens.push(token(1 + usize::from(eq), Kind::Operator));
            }
            '"' | '\'' => {
                return Err(Problem {
                    at,
                    message: m.condition_quoted.to_owned(),
                });
            }
            c if word_char(c) => {
                let mut end = at + c.len_utf8();
                while let Some((k, _)) = chars.next_if(|&(_, n)| word_char(n)) {
                    end = k + 1;
                }
                tokens.push(token(end - at, Kind::Word));
            }
            c => {
                return Err(Problem {
                    at,
                    message: m.condition_character(&crate::sanitize::one_line(&c.to_string())),
                });
            }
        }
    }
    Ok(tokens)
}

/// The operator of a test as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Includes,
}

impl Op {
    fn text(self) -> &'static str {
        match self {
            Op::Eq => "=",
            Op::Ne => "!=",
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::In => "in",
            Op::NotIn => "not in",
            Op::Includes => "includes",
        }
    }
}

/// A condition as read, with where each part is.
#[derive(Debug, Clone, PartialEq)]
enum Expr<'s> {
    All(Vec<Expr<'s>>),
    Any(Vec<Expr<'s>>),
    Not(Box<Expr<'s>>),
    Test {
        source: Token<'s>,
        op: Op,
        op_at: usize,
        values: Vec<Token<'s>>,
    },
}

struct Parser<'s, 'm> {
    tokens: Vec<Token<'s>>,
    next: usize,
    /// Where the text ends (where "the end" is reported).
    end: usize,
    m: &'m QuestionnaireMessages,
}

/// Reads a condition; the first problem stops it.
fn parse<'s>(text: &'s str, m: &QuestionnaireMessages) -> Result<Expr<'s>, Problem> {
    let tokens = lex(text, m)?;
    if tokens.is_empty() {
        return Err(Problem {
            at: 0,
            message: m.condition_empty.to_owned(),
        });
    }
    let mut p = Parser {
        tokens,
        next: 0,
        end: text.len(),
        m,
    };
    let expr = p.or()?;
    if let Some(t) = p.peek() {
        return Err(p.problem(t.at, m.condition_expected_and_or(&p.found())));
    }
    Ok(expr)
}

impl<'s> Parser<'s, '_> {
    fn peek(&self) -> Option<Token<'s>> {
        self.tokens.get(self.next).copied()
    }

    /// The next token as a message quotes it, or "the end of the condition".
    fn found(&self) -> String {
        match self.peek() {
            Some(t) => format!("`{}`", t.text),
            None => self.m.condition_end.to_owned(),
        }
    }

    /// Where the next token is (the end when there is none).
    fn here(&self) -> usize {
        self.peek().map_or(self.end, |t| t.at)
    }

    fn problem(&self, at: usize, message: String) -> Problem {
        Problem { at, message }
    }

    /// Takes the next token when it is the word `word`.
    fn keyword(&mut self, word: &str) -> bool {
        let here = self
            .peek()
            .is_some_and(|t| t.kind == Kind::Word && t.text == word);
        if here {
            self.next += 1;
        }
        here
    }

    fn take(&mut self, kind: Kind) -> Option<Token<'s>> {
        let t = self.peek().filter(|t| t.kind == kind)?;
        self.next += 1;
        Some(t)
    }

    fn or(&mut self) -> Result<Expr<'s>, Problem> {
        let mut any = vec![self.and()?];
        while self.keyword("or") {
            any.push(self.and()?);
        }
        Ok(if any.len() == 1 {
            any.remove(0)
        } else {
            Expr::Any(any)
        })
    }

    fn and(&mut self) -> Result<Expr<'s>, Problem> {
        let mut all = vec![self.unary()?];
        while self.keyword("and") {
            all.push(self.unary()?);
        }
        Ok(if all.len() == 1 {
            all.remove(0)
        } else {
            Expr::All(all)
        })
    }

    fn unary(&mut self) -> Result<Expr<'s>, Problem> {
        if self.keyword("not") {
            return Ok(Expr::Not(Box::new(self.unary()?)));
        }
        if self.take(Kind::Open).is_some() {
            let inner = self.or()?;
            if self.take(Kind::Close).is_none() {
                return Err(
                    self.problem(self.here(), self.m.condition_expected_close(&self.found()))
                );
            }
            return Ok(inner);
        }
        self.test()
    }

    fn test(&mut self) -> Result<Expr<'s>, Problem> {
        let m = self.m;
        let source = match self.peek() {
            Some(t) if t.kind == Kind::Word && !matches!(t.text, "and" | "or") => {
                self.next += 1;
                t
            }
            _ => {
                return Err(self.problem(self.here(), m.condition_expected_item(&self.found())));
            }
        };
        let op_at = self.here();
        let op = match self.peek() {
            Some(t) if t.kind == Kind::Operator => {
                self.next += 1;
                match t.text {
                    "=" => Op::Eq,
                    "!=" => Op::Ne,
                    "<" => Op::Lt,
                    "<=" => Op::Le,
                    ">" => Op::Gt,
                    _ => Op::Ge,
                }
            }
            _ if self.keyword("in") => Op::In,
            _ if self.keyword("includes") => Op::Includes,
            Some(t) if t.kind == Kind::Word && t.text == "not" => {
                self.next += 1;
                if !self.keyword("in") {
                    return Err(self.problem(
                        self.here(),
                        m.condition_expected_in(source.text, &self.found()),
                    ));
                }
                Op::NotIn
            }
            _ => {
                return Err(self.problem(
                    op_at,
                    m.condition_expected_operator(source.text, &self.found()),
                ));
            }
        };
        let value = |p: &mut Self| {
            p.take(Kind::Word).ok_or_else(|| {
                p.problem(p.here(), m.condition_expected_value(op.text(), &p.found()))
            })
        };
        let values = if matches!(op, Op::In | Op::NotIn) {
            if self.take(Kind::Open).is_none() {
                return Err(self.problem(
                    self.here(),
                    m.condition_expected_list(op.text(), &self.found()),
                ));
            }
            let mut values = vec![value(self)?];
            loop {
                if self.take(Kind::Close).is_some() {
                    break;
                }
                if self.take(Kind::Comma).is_none() {
                    return Err(
                        self.problem(self.here(), m.condition_expected_comma(&self.found()))
                    );
                }
                values.push(value(self)?);
            }
            values
        } else {
            vec![value(self)?]
        };
        Ok(Expr::Test {
            source,
            op,
            op_at,
            values,
        })
    }
}

// ---- What it refers to ------------------------------------------------------------------

/// Checks what a condition read refers to, and turns it into a [`Condition`].
struct Resolver<'q, 'm> {
    q: &'q QuestionnaireFile,
    /// The index of the item the condition is on.
    item: usize,
    m: &'m QuestionnaireMessages,
}

impl Resolver<'_, '_> {
    fn resolve(&self, expr: &Expr<'_>, problems: &mut Vec<Problem>) -> Condition {
        match expr {
            Expr::All(all) => {
                Condition::All(all.iter().map(|e| self.resolve(e, problems)).collect())
            }
            Expr::Any(any) => {
                Condition::Any(any.iter().map(|e| self.resolve(e, problems)).collect())
            }
            Expr::Not(e) => Condition::Not(Box::new(self.resolve(e, problems))),
            Expr::Test {
                source,
                op,
                op_at,
                values,
            } => {
                let test = self.test(*source, *op, *op_at, values);
                match test {
                    Ok(t) => Condition::Test(t),
                    Err(p) => {
                        problems.extend(p);
                        // A stand-in; the condition is refused anyway.
                        Condition::All(Vec::new())
                    }
                }
            }
        }
    }

    fn test(
        &self,
        source: Token<'_>,
        op: Op,
        op_at: usize,
        values: &[Token<'_>],
    ) -> Result<Test, Vec<Problem>> {
        let (m, q) = (self.m, self.q);
        let at = |at: usize, message: String| vec![Problem { at, message }];
        let this = &q.items[self.item];
        // The codes a source offers: an item's options, a profile field's choices.
        let codes_check = |codes: Vec<&str>, id: &str| -> Result<Vec<String>, Vec<Problem>> {
            let mut problems = Vec::new();
            for v in values {
                if !codes.contains(&v.text) {
                    problems.push(Problem {
                        at: v.at,
                        message: m.condition_unknown_code(
                            v.text,
                            id,
                            &codes
                                .iter()
                                .map(|c| format!("`{c}`"))
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                    });
                }
            }
            if problems.is_empty() {
                Ok(values.iter().map(|v| v.text.to_owned()).collect())
            } else {
                Err(problems)
            }
        };
        let choice = |codes: Vec<String>| match op {
            Op::Eq | Op::In => Some(Check::In(codes)),
            Op::Ne | Op::NotIn => Some(Check::NotIn(codes)),
            _ => None,
        };
        if let Some(field_id) = source.text.strip_prefix("profile.") {
            let Some(field) = q.profile.iter().find(|f| f.id == field_id) else {
                let fields: Vec<String> = q.profile.iter().map(|f| format!("`{}`", f.id)).collect();
                return Err(at(
                    source.at,
                    m.condition_unknown_profile_field(field_id, &fields.join(", "), fields.len()),
                ));
            };
            if field.partners {
                return Err(at(source.at, m.condition_partners_field(field_id)));
            }
            if !matches!(op, Op::Eq | Op::Ne | Op::In | Op::NotIn) {
                return Err(at(
                    op_at,
                    m.condition_operator(op.text(), source.text, "profile"),
                ));
            }
            let codes = codes_check(
                field.choices.iter().map(|c| c.code.as_str()).collect(),
                source.text,
            )?;
            return Ok(Test {
                of: Source::Profile(field_id.to_owned()),
                is: choice(codes).expect("a choice operator"),
            });
        }
        let id = source.text;
        let Some(index) = q.items.iter().position(|i| i.id == id) else {
            return Err(at(source.at, m.condition_unknown_item(id)));
        };
        if index == self.item {
            return Err(at(source.at, m.condition_on_itself(id)));
        }
        if index > self.item {
            return Err(at(source.at, m.condition_forward(id, &this.id)));
        }
        let item = &q.items[index];
        let kind = item.kind;
        let is = match kind {
            ItemKind::Single => {
                if !matches!(op, Op::Eq | Op::Ne | Op::In | Op::NotIn) {
                    return Err(at(op_at, m.condition_operator(op.text(), id, kind.name())));
                }
                let options = super::validate::options_of(q, item).unwrap_or_default();
                choice(codes_check(
                    options.iter().map(|o| o.code.as_str()).collect(),
                    id,
                )?)
                .expect("a choice operator")
            }
            ItemKind::Multiple => {
                if op != Op::Includes {
                    return Err(at(op_at, m.condition_operator(op.text(), id, kind.name())));
                }
                let options = super::validate::options_of(q, item).unwrap_or_default();
                let mut codes = codes_check(options.iter().map(|o| o.code.as_str()).collect(), id)?;
                Check::Includes(codes.remove(0))
            }
            ItemKind::Number => {
                let v = values[0];
                let number = match op {
                    Op::In | Op::NotIn | Op::Includes => {
                        return Err(at(op_at, m.condition_operator(op.text(), id, kind.name())));
                    }
                    _ => v.text.parse::<f64>().ok().filter(|x| x.is_finite()),
                };
                let Some(x) = number else {
                    return Err(at(v.at, m.condition_not_a_number(v.text, id)));
                };
                match op {
                    Op::Eq => Check::Eq(x),
                    Op::Ne => Check::Ne(x),
                    Op::Lt => Check::Lt(x),
                    Op::Le => Check::Le(x),
                    Op::Gt => Check::Gt(x),
                    _ => Check::Ge(x),
                }
            }
            ItemKind::Text | ItemKind::Grid => {
                return Err(at(source.at, m.condition_not_testable(id, kind.name())));
            }
        };
        Ok(Test {
            of: Source::Item(id.to_owned()),
            is,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::questionnaire::parse_str;
    use crate::response::{Answer, Mode, Response};

    const Q: &str = r#"
schema_version = 1
id = "t"
version = "1"
languages = ["en"]
title = "T"
[[profile]]
id = "sector"
text = "Sector"
choices = [{ code = "health", label = "Health" }, { code = "social", label = "Social" }]
[[items]]
id = "role"
text = "Role?"
options = [{ code = "yes", label = "Yes" }, { code = "no", label = "No" }, { code = "maybe", label = "Maybe" }]
[[items]]
id = "hours"
kind = "number"
text = "Hours?"
required = false
[[items]]
id = "benefits"
kind = "multiple"
text = "Benefits?"
options = [{ code = "training", label = "Training" }, { code = "none", label = "None", exclusive = true }]
[[items]]
id = "follow"
text = "Follow-up?"
show_if = "role = yes"
options = [{ code = "A", label = "A" }]
[[items]]
id = "chained"
text = "Chained?"
show_if = "follow = A"
options = [{ code = "A", label = "A" }]
"#;

    fn def() -> Definition {
        parse_str("t.toml", Q).definition.expect("valid")
    }

    /// `text` compiled as the condition of the last item.
    fn compiled(text: &str) -> Result<Condition, Vec<Problem>> {
        let file: QuestionnaireFile = toml::from_str(Q).unwrap();
        compile(text, &file, file.items.len() - 1)
    }

    fn condition(text: &str) -> Condition {
        compiled(text).unwrap_or_else(|p| panic!("{text}: {p:?}"))
    }

    fn response(answers: &[(&str, Answer)], sector: Option<&str>) -> Response {
        let mut r = Response::new(&def(), "en", Mode::Individual);
        r.answers = answers
            .iter()
            .map(|(k, a)| (k.to_string(), a.clone()))
            .collect::<BTreeMap<_, _>>();
        if let Some(s) = sector {
            r.profile.insert("sector".into(), s.into());
        }
        r
    }

    fn code(c: &str) -> Answer {
        Answer::Text(c.to_owned())
    }

    #[test]
    fn each_test_reads_its_kind_of_answer() {
        let yes = response(&[("role", code("yes"))], Some("health"));
        let no = response(&[("role", code("no"))], None);
        let flagged = response(&[("role", Answer::no_answer())], None);
        let none = response(&[], None);
        let met = |c: &str, r: &Response| condition(c).met(r);
        assert!(met("role = yes", &yes));
        assert!(!met("role = yes", &no));
        assert!(met("role != yes", &no));
        assert!(met("role in (no, maybe)", &no));
        assert!(!met("role not in (no, maybe)", &no));
        assert!(met("role not in (no, maybe)", &yes));
        // No answer, or the no-answer flag: no test is met, not even `!=`; `not` turns it.
        for r in [&none, &flagged] {
            assert!(!met("role = yes", r));
            assert!(!met("role != yes", r));
            assert!(!met("role not in (yes)", r));
            assert!(met("not role = yes", r));
        }
        let hours = |x: f64| response(&[("hours", Answer::Number(x))], None);
        assert!(met("hours >= 5", &hours(5.0)));
        assert!(!met("hours > 5", &hours(5.0)));
        assert!(met("hours < 5.5", &hours(5.0)));
        assert!(met("hours <= -1", &hours(-1.0)));
        assert!(met("hours = 0", &hours(0.0)));
        assert!(met("hours != 0", &hours(2.0)));
        assert!(!met("hours != 0", &none));
        let ticked = |codes: &[&str]| {
            response(
                &[(
                    "benefits",
                    Answer::Choices(codes.iter().map(|c| c.to_string()).collect()),
                )],
                None,
            )
        };
        assert!(met("benefits includes training", &ticked(&["training"])));
        assert!(!met("benefits includes training", &ticked(&["none"])));
        assert!(!met("benefits includes training", &none));
        assert!(met("profile.sector = health", &yes));
        assert!(!met("profile.sector != health", &no), "not stated");
        assert!(met("profile.sector in (social, health)", &yes));
    }

    #[test]
    fn and_binds_tighter_than_or_and_brackets_group() {
        let r = response(
            &[("role", code("no")), ("hours", Answer::Number(8.0))],
            None,
        );
        let met = |c: &str| condition(c).met(&r);
        // (role = yes and hours > 100) or hours > 5
        assert!(met("role = yes and hours > 100 or hours > 5"));
        // role = yes and (hours > 100 or hours > 5)
        assert!(!met("role = yes and (hours > 100 or hours > 5)"));
        assert!(met("not (role = yes or hours < 1)"));
        assert!(met("not not role = no"));
        assert!(met("((role = no))"));
    }

    #[test]
    fn conditions_are_written_back_as_they_read() {
        for (written, shown) in [
            ("role = yes", "role = yes"),
            ("role in (yes)", "role = yes"),
            ("role  in(yes,maybe)", "role in (yes, maybe)"),
            ("role not in (no)", "role != no"),
            ("hours>=2.5", "hours >= 2.5"),
            ("hours = -1", "hours = -1"),
            ("benefits includes none", "benefits includes none"),
            ("profile.sector != social", "profile.sector != social"),
            (
                "role = yes and (hours > 1 or role = no)",
                "role = yes and (hours > 1 or role = no)",
            ),
            (
                "role = yes and hours > 1 or role = no",
                "role = yes and hours > 1 or role = no",
            ),
            (
                "not (role = yes and hours > 1)",
                "not (role = yes and hours > 1)",
            ),
        ] {
            let c = condition(written);
            assert_eq!(c.to_string(), shown, "{written}");
            // What is written back compiles to the same condition.
            assert_eq!(condition(shown), c, "{shown}");
        }
    }

    #[test]
    fn problems_are_found_where_they_are() {
        let at = |text: &str| -> Vec<usize> {
            compiled(text)
                .expect_err(text)
                .iter()
                .map(|p| p.at)
                .collect()
        };
        assert_eq!(at(""), [0]);
        assert_eq!(at("role = 'yes'"), [7]);
        assert_eq!(at("role ! yes"), [5]);
        assert_eq!(at("role = yes and"), [14]);
        assert_eq!(at("role = yes) "), [10]);
        assert_eq!(at("(role = yes"), [11]);
        assert_eq!(at("role in (yes"), [12]);
        assert_eq!(at("nobody = yes or role = perhaps"), [0, 23]);
        assert_eq!(at("chained = A"), [0], "itself");
        assert_eq!(at("hours = ten"), [8]);
        // Every problem of the references is found, in order.
        assert_eq!(
            at("role < 1 and benefits = none and profile.x = y"),
            [5, 22, 33]
        );
    }

    #[test]
    fn an_item_not_asked_hides_its_answer_from_those_after_it() {
        let def = def();
        // `follow` was answered, then `role` changed: `chained` depends on `follow`.
        let r = response(&[("role", code("no")), ("follow", code("A"))], None);
        assert_eq!(relevance(&def, &r), [true, true, true, false, false]);
        let r = response(&[("role", code("yes")), ("follow", code("A"))], None);
        assert_eq!(relevance(&def, &r), [true; 5]);
        assert!(relevant(&def.items[0], &r), "no condition: always asked");
        assert!(def.has_conditions());
    }

    #[test]
    fn the_definition_carries_the_condition_as_data() {
        let def = def();
        let json = serde_json::to_value(&def.items[3]).unwrap();
        assert_eq!(
            json["show_if"],
            serde_json::json!({"test": {"of": {"item": "role"}, "is": {"in": ["yes"]}}})
        );
        let back: DefinedItem = serde_json::from_value(json).unwrap();
        assert_eq!(back, def.items[3]);
        // A questionnaire without `show_if` keeps its hash: the field is left out.
        assert!(
            serde_json::to_value(&def.items[0])
                .unwrap()
                .get("show_if")
                .is_none()
        );
    }
}
