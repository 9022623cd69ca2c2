//! HTTPS with a certificate and key the organisation provides (rustls, with the *ring*
//! provider): TLS 1.2 and 1.3, HTTP/1.1 only.

use std::path::Path;
use std::sync::Arc;

use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::rustls::crypto::ring::default_provider;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};

use crate::error::Error;

/// The largest certificate chain or key file read (a chain is a few KiB).
const MAX_PEM_BYTES: u64 = 1024 * 1024;

/// The bytes of `path`, a regular file the user named (a link is followed).
fn read(path: &Path) -> Result<Vec<u8>, Error> {
    crate::files::read(path, crate::files::Links::Follow, MAX_PEM_BYTES).map_err(|error| {
        Error::Read {
            path: path.to_owned(),
            error,
        }
    })
}

/// The acceptor for the certificate chain in `cert` and the private key in `key`, both
/// PEM; or what is wrong with them, naming the file.
pub fn acceptor(cert: &Path, key: &Path) -> Result<TlsAcceptor, Error> {
    let m = &crate::i18n::current().serve;
    let shown = |p: &Path| crate::sanitize::one_line(&p.display().to_string());
    let cert_bytes = read(cert)?;
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&cert_bytes)
        .collect::<Result<_, _>>()
        .map_err(|e| Error::Invalid(m.tls_bad_certificate(&shown(cert), &e.to_string())))?;
    if chain.is_empty() {
        return Err(Error::Invalid(
            m.tls_bad_certificate(&shown(cert), m.tls_no_pem),
        ));
    }
    let key_bytes = read(key)?;
    let private = PrivateKeyDer::from_pem_slice(&key_bytes)
        .map_err(|e| Error::Invalid(m.tls_bad_key(&shown(key), &e.to_string())))?;
    let config = ServerConfig::builder_with_provider(Arc::new(default_provider()))
        .with_safe_default_protocol_versions()
        .and_then(|b| b.with_no_client_auth().with_single_cert(chain, private))
        .map_err(|e| Error::Invalid(m.tls_mismatch(&shown(cert), &shown(key), &e.to_string())))?;
    let mut config = config;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(TlsAcceptor::from(Arc::new(config)))
}
