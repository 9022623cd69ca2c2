//! `partnereval serve EVALUATION`: the current round in the browser, until Ctrl-C.

use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use crate::cli::ServeArgs;
use crate::error::Error;
use crate::evaluation::Evaluation;
use crate::serve::{App, Options, Role, listen, router};

/// The port served on when none is given.
pub const DEFAULT_PORT: u16 = 8470;

pub fn run(args: &ServeArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let commands = &crate::i18n::current().commands;
    if !Evaluation::is_evaluation(&args.evaluation) {
        return Err(Error::Usage(
            commands.take_not_an_evaluation(&args.evaluation.display().to_string()),
        )
        .into());
    }
    let app = App::open(
        &args.evaluation,
        Options::random(args.lang.clone(), args.tls_cert.is_some()),
    )?;
    let m = crate::i18n::messages(&app.default_lang);
    crate::i18n::set_current(m);
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(crate::serve::tls::acceptor(cert, key)?),
        _ => None,
    };
    let scheme = if tls.is_some() { "https" } else { "http" };
    let bind = args.bind.unwrap_or_else(|| {
        let ip = if args.lan {
            IpAddr::V4(Ipv4Addr::UNSPECIFIED)
        } else {
            IpAddr::V4(Ipv4Addr::LOCALHOST)
        };
        SocketAddr::new(ip, DEFAULT_PORT)
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind(bind))
        .map_err(|e| Error::Usage(m.serve.cannot_listen(&bind.to_string(), &e.to_string())))?;
    let local = listener.local_addr()?;
    let host = shown_host(local);
    let app = Arc::new(app);
    let member = format!("{scheme}://{host}{}", app.base(Role::Member));
    let facilitator = format!("{scheme}://{host}{}", app.base(Role::Facilitator));
    writeln!(
        out,
        "{}",
        m.serve
            .serving(&app.name, &app.responses_dir().display().to_string())
    )?;
    if local.ip().is_loopback() {
        writeln!(out, "{}", m.serve.loopback_only)?;
    }
    writeln!(out)?;
    writeln!(out, "{}", m.serve.members_address(&member))?;
    if let Some(qr) = qr_code(&member) {
        writeln!(out, "{qr}")?;
    }
    writeln!(out, "{}", m.serve.facilitator_address(&facilitator))?;
    writeln!(out)?;
    writeln!(out, "{}", m.serve.how_to_stop)?;
    out.flush()?;
    let routes = router(app.clone());
    runtime.block_on(listen::serve(listener, routes, tls, stopped()));
    // The requests under way have finished (or the wait ran out): what came in.
    runtime.shutdown_timeout(listen::DRAIN_TIMEOUT);
    let members = app.received[0].load(Ordering::SeqCst);
    let groups = app.received[1].load(Ordering::SeqCst);
    writeln!(out, "{}", m.serve.stopped_summary(members, groups))?;
    Ok(())
}

/// Completes on Ctrl-C, or on SIGTERM where there is one.
async fn stopped() {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = tokio::signal::ctrl_c().await;
                    return;
                }
            };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {},
            _ = term.recv() => {},
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// The host to print in addresses: the address listened on, or, when listening on every
/// address, this computer's address on the network (the one its default route leaves by;
/// found without sending anything), else its loopback address.
fn shown_host(local: SocketAddr) -> String {
    let ip = if local.ip().is_unspecified() {
        lan_address().unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
    } else {
        local.ip()
    };
    SocketAddr::new(ip, local.port()).to_string()
}

/// This computer's address on the local network: the source address the system would use
/// to reach a documentation address (connecting a UDP socket sends no packet).
fn lan_address() -> Option<IpAddr> {
    let socket = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    socket.connect("192.0.2.1:9").ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_unspecified()).then_some(ip)
}

/// `text` as a QR code drawn with half blocks (two modules a character, dark on light, with
/// its quiet zone), for a phone's camera to read off the screen.
pub fn qr_code(text: &str) -> Option<String> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    Some(
        code.render::<qrcode::render::unicode::Dense1x2>()
            .dark_color(qrcode::render::unicode::Dense1x2::Light)
            .light_color(qrcode::render::unicode::Dense1x2::Dark)
            .quiet_zone(true)
            .build(),
    )
}
