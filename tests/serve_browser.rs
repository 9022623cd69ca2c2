//! `partnereval serve` in a real browser: the system's Chromium, driven through the DevTools
//! protocol (a small client over a WebSocket: no browser is downloaded), fills in and submits
//! a whole survey on a 390×844 phone screen by keyboard only; the response equals what
//! `take --answers` writes for the same answers; axe-core (from npm), run in the pages,
//! finds no WCAG 2.1 A/AA violation; screenshots at 390 and 1280 px are not blank.
//!
//! Chromium comes from the Debian package `chromium` (`CHROMIUM` may name another binary);
//! axe-core from npm into `target/npm` (`AXE_CORE` may name another `axe.min.js`). `.ci/run`
//! installs both; without them the test is skipped with a `SKIPPED` line on stderr.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use common::{HEADLESS_CHROMIUM, find_chromium, partnereval, root, skip};
use serde_json::{Value, json};

/// axe-core's script: `$AXE_CORE`, or the copy npm installs into `target/npm`.
fn find_axe() -> Option<String> {
    let path = std::env::var_os("AXE_CORE").map_or_else(
        || root().join("target/npm/node_modules/axe-core/axe.min.js"),
        PathBuf::from,
    );
    std::fs::read_to_string(path).ok()
}

/// A process killed when dropped (a failed assertion leaves no browser or server behind).
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A page of Chromium driven through the DevTools protocol.
struct Browser {
    socket: tungstenite::WebSocket<TcpStream>,
    next_id: u64,
    /// Events received while waiting for answers.
    events: Vec<Value>,
    _process: Killed,
    _profile: tempfile::TempDir,
}

impl Browser {
    fn launch(chromium: &Path) -> Browser {
        let profile = tempfile::tempdir().unwrap();
        let mut child = Command::new(chromium)
            .args(HEADLESS_CHROMIUM)
            .args(["--remote-debugging-port=0", "--remote-allow-origins=*"])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .env("HOME", profile.path())
            .env_remove("LD_PRELOAD")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("chromium starts");
        let stderr = child.stderr.take().unwrap();
        let process = Killed(child);
        // "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID"
        let mut lines = BufReader::new(stderr).lines();
        let endpoint = loop {
            let line = lines
                .next()
                .expect("chromium says where DevTools listen")
                .unwrap();
            if let Some(at) = line.find("ws://") {
                break line[at..].to_owned();
            }
        };
        // Keep reading its stderr so that it never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        let host = endpoint["ws://".len()..]
            .split('/')
            .next()
            .unwrap()
            .to_owned();
        let list = http_get(&host, "/json/list");
        let pages: Value = serde_json::from_str(&list).unwrap();
        let page = pages
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["type"] == "page")
            .expect("a page");
        let url = page["webSocketDebuggerUrl"].as_str().unwrap().to_owned();
        let stream = TcpStream::connect(&host).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .unwrap();
        let (socket, _) = tungstenite::client(url.as_str(), stream).unwrap();
        let mut b = Browser {
            socket,
            next_id: 0,
            events: Vec::new(),
            _process: process,
            _profile: profile,
        };
        b.call("Page.enable", json!({}));
        b.call("Runtime.enable", json!({}));
        b
    }

    /// Sends `method` and returns its result.
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let message = json!({"id": id, "method": method, "params": params}).to_string();
        self.socket
            .send(tungstenite::Message::Text(message.into()))
            .unwrap();
        loop {
            let message = self.socket.read().unwrap();
            let tungstenite::Message::Text(text) = message else {
                continue;
            };
            let value: Value = serde_json::from_str(text.as_str()).unwrap();
            if value["id"] == id {
                assert!(value.get("error").is_none(), "{method}: {value}");
                return value["result"].clone();
            }
            self.events.push(value);
        }
    }

    /// Waits for event `method` (received since the last wait), for a minute at most.
    fn wait_for(&mut self, method: &str) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(k) = self.events.iter().position(|e| e["method"] == method) {
                self.events.drain(..=k);
                return;
            }
            assert!(Instant::now() < deadline, "no {method}");
            let message = self.socket.read().unwrap();
            if let tungstenite::Message::Text(text) = message {
                self.events
                    .push(serde_json::from_str(text.as_str()).unwrap());
            }
        }
    }

    /// The value of `expression` evaluated in the page (awaited when a promise).
    fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true, "awaitPromise": true}),
        );
        assert!(
            result.get("exceptionDetails").is_none(),
            "{expression}: {result}"
        );
        result["result"]["value"].clone()
    }

    fn viewport(&mut self, width: u32, height: u32, mobile: bool) {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}),
        );
    }

    fn open(&mut self, url: &str) {
        self.events.clear();
        self.call("Page.navigate", json!({"url": url}));
        self.wait_for("Page.loadEventFired");
    }

    /// Presses and releases `key`.
    fn press(&mut self, key: &str) {
        let (code, vk, text) = match key {
            "Tab" => ("Tab", 9, ""),
            "Enter" => ("Enter", 13, "\r"),
            " " => ("Space", 32, " "),
            "ArrowDown" => ("ArrowDown", 40, ""),
            other => panic!("no key {other}"),
        };
        let mut down = json!({"type": "keyDown", "key": key, "code": code,
            "windowsVirtualKeyCode": vk, "nativeVirtualKeyCode": vk});
        if !text.is_empty() {
            down["text"] = json!(text);
        }
        self.call("Input.dispatchKeyEvent", down);
        self.call(
            "Input.dispatchKeyEvent",
            json!({"type": "keyUp", "key": key, "code": code,
                "windowsVirtualKeyCode": vk, "nativeVirtualKeyCode": vk}),
        );
    }

    /// Presses Tab until the focused element matches `test` (a JavaScript function of the
    /// element), at most 80 times.
    fn tab_to(&mut self, test: &str) {
        for _ in 0..80 {
            self.press("Tab");
            if self.eval(&format!("({test})(document.activeElement)")) == json!(true) {
                return;
            }
        }
        let html = self.eval("document.body.innerHTML");
        panic!("Tab never reached {test} on\n{html}");
    }

    /// Chooses the radio button `value` of group `name`: Tab into the group, then the arrow
    /// keys (which move and choose), or Space on the one focused.
    fn choose(&mut self, name: &str, value: &str) {
        self.tab_to(&format!(
            "e => e && e.type === 'radio' && e.name === {name:?}"
        ));
        for _ in 0..12 {
            if self.eval("document.activeElement.value") == json!(value) {
                self.press(" ");
                assert_eq!(
                    self.eval("document.activeElement.checked"),
                    json!(true),
                    "{name}={value}"
                );
                return;
            }
            self.press("ArrowDown");
        }
        panic!("no option {value} in {name}");
    }

    /// Ticks check box `value` of `name`.
    fn tick(&mut self, name: &str, value: &str) {
        self.tab_to(&format!(
            "e => e && e.type === 'checkbox' && e.name === {name:?} && e.value === {value:?}"
        ));
        self.press(" ");
    }

    /// Types `text` into the field `name`.
    fn type_into(&mut self, name: &str, text: &str) {
        self.tab_to(&format!("e => e && e.name === {name:?}"));
        self.call("Input.insertText", json!({"text": text}));
    }

    /// Tabs to the button whose text is `label` and presses Enter; waits for the next page.
    fn button(&mut self, label: &str) {
        self.tab_to(&format!(
            "e => e && e.tagName === 'BUTTON' && e.textContent.trim() === {label:?}"
        ));
        self.events.clear();
        self.press("Enter");
        self.wait_for("Page.loadEventFired");
    }

    /// The text of the page.
    fn text(&mut self) -> String {
        self.eval("document.body.innerText")
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// The WCAG 2.1 A and AA violations axe-core finds in the page.
    fn axe(&mut self, axe: &str) -> Vec<Value> {
        if self.eval("typeof axe") != json!("object") {
            self.eval(&format!("{axe}\n;true"));
        }
        let found = self.eval(
            "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
               .then(r => ({passes: r.passes.length, violations: r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.html)}))}))",
        );
        // The rules ran: a page passes some (labels, contrast, language…).
        assert!(found["passes"].as_u64().unwrap() > 5, "{found}");
        found["violations"].as_array().unwrap().clone()
    }

    /// A screenshot of the page; its width, height and number of distinct colours.
    fn screenshot(&mut self, out: &Path) -> (u32, u32, usize) {
        let shot = self.call("Page.captureScreenshot", json!({"format": "png"}));
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().unwrap())
            .unwrap();
        std::fs::write(out, &bytes).unwrap();
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        let channels = info.color_type.samples();
        let colours: std::collections::HashSet<&[u8]> =
            buf[..info.buffer_size()].chunks(channels).collect();
        (info.width, info.height, colours.len())
    }
}

/// GET `path` from `host`; the body (read to its `Content-Length`: DevTools keep the
/// connection open).
fn http_get(host: &str, path: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(body) = try_get(host, path) {
            return body;
        }
        assert!(Instant::now() < deadline, "no answer from {host}{path}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn try_get(host: &str, path: &str) -> std::io::Result<String> {
    let mut s = TcpStream::connect(host)?;
    s.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n")?;
    let mut reader = BufReader::new(s);
    let mut length = 0;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    Ok(String::from_utf8_lossy(&body).into_owned())
}

fn responses(dir: &Path) -> Vec<Value> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect()
}

fn new_evaluation(tmp: &Path, name: &str) -> PathBuf {
    let dir = tmp.join(name);
    let fixture = root().join("tests/fixtures/serve/kinds.toml");
    partnereval([
        "init",
        dir.to_str().unwrap(),
        "--questionnaire",
        fixture.to_str().unwrap(),
    ])
    .expect_status(0);
    dir
}

/// What the phone answers below, as an answers file for `take --answers`.
const ANSWERS: &str = r#"language = "en"
closing_comment = "Thanks"
[prerequisites]
member = true
[profile]
sector = "health"
[answers]
shared = "B"
channels = ["mail", "meetings"]
hours = 12
trust = { city = "A", clinic = "no-answer" }
story = "The fair"
[comments]
shared = "Good talk"
"trust.city" = "new mayor"
"#;

#[test]
fn a_phone_answers_the_whole_survey_by_keyboard_and_axe_finds_nothing() {
    let test = "a_phone_answers_the_whole_survey_by_keyboard_and_axe_finds_nothing";
    let Some(chromium) = find_chromium() else {
        return skip(
            test,
            "headless Chromium",
            "install it (Debian: apt-get install chromium fonts-dejavu-core) or set CHROMIUM",
        );
    };
    let Some(axe) = find_axe() else {
        return skip(
            test,
            "axe-core",
            "install it with `npm install --prefix target/npm axe-core` or set AXE_CORE to its axe.min.js",
        );
    };
    let tmp = tempfile::tempdir().unwrap();
    // The screenshots are kept in `SCREENSHOTS` when it names a folder (to look at them).
    let shots =
        std::env::var_os("SCREENSHOTS").map_or_else(|| tmp.path().to_owned(), PathBuf::from);
    let dir = new_evaluation(tmp.path(), "meeting");
    let served = common::serve(&[dir.to_str().unwrap()], Stdio::null());
    let (member, facilitator) = (served.member.clone(), served.facilitator.clone());
    let mut b = Browser::launch(&chromium);
    b.viewport(390, 844, true);
    let mut violations = Vec::new();
    let mut check = |b: &mut Browser, page: &str| {
        for v in b.axe(&axe) {
            violations.push(format!("{page}: {v}"));
        }
    };

    b.open(&member);
    assert!(b.text().contains("Meeting check-in"));
    check(&mut b, "start");
    let (_, _, colours) = b.screenshot(&shots.join("serve-start-390.png"));
    assert!(colours > 8, "a blank start page");
    b.button("Start");
    assert!(b.text().contains("Are you a member"), "{}", b.text());
    check(&mut b, "prerequisite");
    b.choose("answer", "yes");
    b.button("Next");
    b.choose("answer", "health");
    b.button("Next");
    assert!(b.text().contains("We share one aim."));
    b.choose("answer", "B");
    b.type_into("comment.shared", "Good talk");
    check(&mut b, "single choice");
    let (w, _, colours) = b.screenshot(&shots.join("serve-item-390.png"));
    assert_eq!(w, 390);
    assert!(
        colours > 8,
        "a blank screenshot at 390 px ({colours} colours)"
    );
    b.viewport(1280, 900, false);
    let (w, _, colours) = b.screenshot(&shots.join("serve-item-1280.png"));
    assert_eq!(w, 1280);
    assert!(
        colours > 8,
        "a blank screenshot at 1280 px ({colours} colours)"
    );
    b.viewport(390, 844, true);
    b.button("Next");
    b.tick("answer", "mail");
    b.tick("answer", "meetings");
    check(&mut b, "several choices");
    b.button("Next");
    b.type_into("answer", "12");
    check(&mut b, "number");
    b.button("Next");
    b.choose("row.city", "A");
    b.choose("row.clinic", "no-answer");
    b.type_into("comment.trust.city", "new mayor");
    check(&mut b, "grid");
    b.button("Next");
    b.type_into("answer", "The fair");
    b.button("Next");
    assert!(b.text().contains("Anything else?"));
    b.type_into("answer", "Thanks");
    b.button("Next");
    assert!(b.text().contains("Review your answers"));
    check(&mut b, "review");
    let (_, _, colours) = b.screenshot(&shots.join("serve-review-390.png"));
    assert!(colours > 8, "a blank review");
    b.button("Submit");
    assert!(b.text().contains("Your response is saved"), "{}", b.text());
    check(&mut b, "thanks");
    // Two more members (typed in), then the facilitator leads the group's answer on the
    // projector, with the spread of the three answers beside the item.
    for _ in 0..2 {
        partnereval(["take", dir.to_str().unwrap(), "--answers", "-"])
            .stdin(ANSWERS)
            .expect_status(0);
    }
    b.viewport(1280, 900, false);
    b.open(&facilitator);
    assert!(b.text().contains("3 members have answered"), "{}", b.text());
    check(&mut b, "facilitator");
    let (_, _, colours) = b.screenshot(&shots.join("serve-facilitator-1280.png"));
    assert!(colours > 8, "a blank facilitator's page");
    b.button("Start the group's answer");
    b.choose("answer", "yes");
    b.button("Next");
    assert!(b.text().contains("What 3 members answered"), "{}", b.text());
    check(&mut b, "collective answer");
    let (_, _, colours) = b.screenshot(&shots.join("serve-collective-1280.png"));
    assert!(colours > 8, "a blank collective page");
    b.open(&format!("{facilitator}report"));
    assert!(b.text().contains("Meeting check-in"));

    let served: Vec<Value> = responses(&dir.join("responses"))
        .into_iter()
        .filter(|r| r["mode"] == "individual")
        .collect();
    assert_eq!(served.len(), 3, "the phone's and the two typed in");
    // The only draft left is the group's, under way.
    for entry in std::fs::read_dir(dir.join("responses/.drafts")).unwrap() {
        let draft: Value =
            serde_json::from_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
        assert_eq!(draft["response"]["mode"], "collective");
    }
    let other = new_evaluation(tmp.path(), "typed");
    partnereval(["take", other.to_str().unwrap(), "--answers", "-"])
        .stdin(ANSWERS)
        .expect_status(0);
    let taken = responses(&other.join("responses"));
    let without = |v: &Value| {
        let mut v = v.clone();
        let o = v.as_object_mut().unwrap();
        o.remove("id");
        o.remove("submitted");
        v
    };
    for r in &served {
        assert_eq!(without(r), without(&taken[0]));
    }
    assert!(
        violations.is_empty(),
        "axe-core:\n{}",
        violations.join("\n")
    );
}
