//! Connections: how many at once, how long a slow client may take, how large a request may
//! be, and stopping without cutting a write short.
//!
//! - At most [`MAX_CONNECTIONS`] connections are served at once; more wait in the system's
//!   queue until one closes.
//! - A request's head must arrive within [`HEAD_TIMEOUT`] and fit in [`MAX_HEAD_BYTES`]
//!   (with at most [`MAX_HEADERS`] headers); its body within [`BODY_TIMEOUT`] and
//!   [`super::MAX_BODY_BYTES`]; the whole answer within [`REQUEST_TIMEOUT`]. An idle kept-alive
//!   connection is closed after [`HEAD_TIMEOUT`] too.
//! - On stop, no new connection is taken; the requests under way finish (their draft or
//!   response written whole), for at most [`DRAIN_TIMEOUT`].

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio_rustls::TlsAcceptor;

/// Connections served at once.
pub const MAX_CONNECTIONS: usize = 512;
/// The time a client has to send a request's head (and an idle connection stays open).
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(10);
/// The time a client has to send a request's body.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(20);
/// The time a whole request may take.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// The size of a request's head (the request line and the headers).
pub const MAX_HEAD_BYTES: usize = 16 * 1024;
/// Headers in one request.
pub const MAX_HEADERS: usize = 48;
/// How long stopping waits for the requests under way.
pub const DRAIN_TIMEOUT: Duration = Duration::from_secs(30);

/// The router with the limits every request goes through: body size and time, whole
/// request time, and the headers every answer carries.
pub fn limited(router: Router) -> Router {
    router
        .layer(axum::middleware::map_response(super::page::secure_headers))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            super::MAX_BODY_BYTES,
        ))
        .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(
            BODY_TIMEOUT,
        ))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
}

/// Serves `router` on `listener` (over TLS with `tls`) until `stop` completes, then lets
/// the requests under way finish.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    tls: Option<TlsAcceptor>,
    stop: impl Future<Output = ()>,
) {
    let graceful = GracefulShutdown::new();
    let permits = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let mut stop = std::pin::pin!(stop);
    loop {
        let permit = tokio::select! {
            () = &mut stop => break,
            permit = permits.clone().acquire_owned() => match permit {
                Ok(p) => p,
                Err(_) => break,
            },
        };
        let stream = tokio::select! {
            () = &mut stop => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Too many open files, say: wait a moment rather than spin.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let service = TowerToHyperService::new(router.clone());
        match &tls {
            None => {
                let connection =
                    graceful.watch(builder().serve_connection(TokioIo::new(stream), service));
                tokio::spawn(async move {
                    let _ = connection.await;
                    drop(permit);
                });
            }
            Some(tls) => {
                // The handshake has the head's time; the connection is watched once it is
                // done (a handshake under way when stopping is dropped: nothing was asked).
                let (tls, watcher) = (tls.clone(), graceful.watcher());
                tokio::spawn(async move {
                    let stream = match tokio::time::timeout(HEAD_TIMEOUT, tls.accept(stream)).await
                    {
                        Ok(Ok(stream)) => stream,
                        _ => return,
                    };
                    let connection =
                        watcher.watch(builder().serve_connection(TokioIo::new(stream), service));
                    let _ = connection.await;
                    drop(permit);
                });
            }
        }
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {},
        () = tokio::time::sleep(DRAIN_TIMEOUT) => {},
    }
}

/// HTTP/1.1 with the head's limits and time-out.
fn builder() -> hyper::server::conn::http1::Builder {
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(HEAD_TIMEOUT)
        .max_buf_size(MAX_HEAD_BYTES)
        .max_headers(MAX_HEADERS);
    builder
}
