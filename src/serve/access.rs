//! Access codes, session tokens and CSRF tokens: random secrets, compared in constant time.
//!
//! Every address the server prints carries an access code of 160 random bits (from the
//! operating system's generator); a request whose path does not start with one gets the same
//! 404 as a page that does not exist. A member's browser holds a session token in a cookie
//! (HttpOnly, SameSite=Strict); the draft it writes is named after a hash of the token, so
//! that the name of a draft file does not give the token away. Every form carries a CSRF
//! token derived from the server's secret and the session token: a form made on another
//! site, or for another session, is refused.

use sha2::{Digest, Sha256};

/// Who an access code lets in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A member answering the survey.
    Member,
    /// The facilitator: the count, the compiled report, the collective answer.
    Facilitator,
}

/// `bytes` random bytes from the operating system, written as lowercase hexadecimal.
pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    // The operating system's generator does not fail on the systems partnereval runs on;
    // were it to, no predictable secret may be used instead.
    getrandom::fill(&mut buf).expect("the operating system's random generator failed");
    hex(&buf)
}

/// A new access code: 20 random bytes (160 bits), 40 hexadecimal digits.
pub fn new_code() -> String {
    random_hex(20)
}

/// A new session token: 16 random bytes (128 bits).
pub fn new_token() -> String {
    random_hex(16)
}

/// A new server secret for CSRF tokens.
pub fn new_secret() -> [u8; 32] {
    let mut buf = [0u8; 32];
    getrandom::fill(&mut buf).expect("the operating system's random generator failed");
    buf
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `a` and `b` are equal, in a time that does not depend on where they differ.
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Whether `token` has the shape of a session token (so that no other text reaches a
/// hash or a file name).
pub fn is_token(token: &str) -> bool {
    token.len() == 32
        && token
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

/// The id of the draft (and then of the response) of session `token`: a version 4 UUID
/// made from a hash of the token, as random as the token and telling nothing of it.
pub fn draft_id(token: &str) -> String {
    let digest = Sha256::digest(format!("partnereval-draft:{token}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .simple()
        .to_string()
}

/// The CSRF token of session `token` under the server's `secret`.
pub fn csrf(secret: &[u8; 32], token: &str) -> String {
    let mut h = Sha256::new();
    h.update(secret);
    h.update(b"csrf:");
    h.update(token.as_bytes());
    hex(&h.finalize()[..16])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_long_random_and_compared_whole() {
        let (a, b) = (new_code(), new_code());
        assert_eq!(a.len(), 40);
        assert_ne!(a, b);
        assert!(same(&a, &a.clone()));
        assert!(!same(&a, &b));
        assert!(!same(&a, &a[..39]));
    }

    #[test]
    fn draft_ids_are_uuids_that_do_not_show_the_token() {
        let token = new_token();
        assert!(is_token(&token));
        let id = draft_id(&token);
        assert_eq!(id, draft_id(&token));
        assert_eq!(id.len(), 32);
        assert_eq!(&id[12..13], "4");
        assert!(!id.contains(&token[..8]));
        assert!(crate::response::check::id_problem(&id).is_none());
        assert!(!is_token("../../etc/passwd"));
        assert!(!is_token(&token.to_uppercase()));
    }

    #[test]
    fn csrf_tokens_belong_to_one_session_and_one_server() {
        let (s1, s2) = (new_secret(), new_secret());
        let t = new_token();
        assert_eq!(csrf(&s1, &t), csrf(&s1, &t));
        assert_ne!(csrf(&s1, &t), csrf(&s2, &t));
        assert_ne!(csrf(&s1, &t), csrf(&s1, &new_token()));
    }
}
