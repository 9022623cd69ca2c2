//! `partnereval validate FILE...`: every problem of every file, located, on standard error;
//! the files that are valid said on standard output.

use std::io::Write;
use std::path::Path;

use crate::cli::ValidateArgs;
use crate::error::Error;
use crate::questionnaire::{bundled, parse_bytes, parse_str};

pub fn run(args: &ValidateArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let m = &crate::i18n::current().commands;
    let mut invalid = 0;
    let mut unreadable = 0;
    let mut err = std::io::stderr().lock();
    for name in &args.files {
        let path = Path::new(name);
        let checked = match bundled::find(name).filter(|_| !path.exists()) {
            Some(b) => parse_str(&b.display_name(), b.source),
            None => {
                match crate::questionnaire::read_questionnaire(path, crate::files::Links::Follow) {
                    Ok(bytes) => parse_bytes(name, &bytes),
                    Err(source) => {
                        let e = Error::Read {
                            path: path.to_owned(),
                            error: source,
                        };
                        unreadable += 1;
                        writeln!(
                            err,
                            "{}",
                            m.error_line(&crate::sanitize::for_terminal(&e.to_string()))
                        )?;
                        continue;
                    }
                }
            }
        };
        for d in &checked.diagnostics {
            writeln!(err, "{d}")?;
        }
        let errors = checked.errors().count();
        let warnings = checked.diagnostics.len() - errors;
        let shown = crate::sanitize::for_terminal(name);
        match &checked.definition {
            Some(def) => writeln!(
                out,
                "{}",
                m.validate_ok(
                    &shown,
                    &format!("{} {}", def.id, def.version),
                    def.items.len(),
                    def.dimensions.len(),
                    &def.languages.join(", "),
                    warnings,
                )
            )?,
            None => {
                invalid += 1;
                writeln!(err, "{}", m.validate_invalid(&shown, errors, warnings))?;
            }
        }
    }
    if unreadable > 0 {
        return Err(Error::Unreadable(m.validate_unreadable(unreadable, args.files.len())).into());
    }
    if invalid > 0 {
        return Err(Error::Invalid(m.validate_summary(invalid, args.files.len())).into());
    }
    Ok(())
}
