//! The packaging settings, checked in seconds so `make test` catches what would otherwise only
//! fail twenty minutes into `make package`: `tauri.conf.json` with the packaging overlay
//! (`tauri.package.json`, as `make package` merges it) is a valid Tauri configuration, every
//! file it names is there and is what it claims to be, and the Tauri CLI pinned in
//! `ui/package.json` is the `tauri` crate's minor version.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn src_tauri() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// RFC 7396 JSON merge patch, as the Tauri CLI applies `--config FILE`.
fn merge(base: &mut Value, patch: &Value) {
    match (base, patch) {
        (Value::Object(base), Value::Object(patch)) => {
            for (key, value) in patch {
                if value.is_null() {
                    base.remove(key);
                } else {
                    merge(base.entry(key.clone()).or_insert(Value::Null), value);
                }
            }
        }
        (base, patch) => *base = patch.clone(),
    }
}

/// The configuration `make package` builds with on Linux, parsed by Tauri's own type (which
/// refuses unknown fields), as JSON too for reading the paths as written.
fn package_config() -> (tauri::utils::config::Config, Value) {
    overlaid("tauri.package.linux.json")
}

/// The configuration `make package` builds with on Windows and macOS.
fn package_config_elsewhere() -> (tauri::utils::config::Config, Value) {
    overlaid("tauri.package.json")
}

fn overlaid(overlay: &str) -> (tauri::utils::config::Config, Value) {
    let mut json = read_json(&src_tauri().join("tauri.conf.json"));
    merge(&mut json, &read_json(&src_tauri().join(overlay)));
    let config: tauri::utils::config::Config =
        serde_json::from_value(json.clone()).unwrap_or_else(|e| panic!("tauri.conf.json + {overlay}: {e}"));
    (config, json)
}

/// A path in the configuration, which Tauri reads relative to `src-tauri/`.
fn configured(path: &Path) -> PathBuf {
    let full = src_tauri().join(path);
    assert!(full.is_file(), "tauri.conf.json names {}, which is not there", path.display());
    full
}

fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap();
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n") && &bytes[12..16] == b"IHDR", "{} is not a PNG", path.display());
    let word = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (word(16), word(20))
}

#[test]
fn the_bundle_section_is_valid_and_complete() {
    let (config, _) = package_config();
    let bundle = &config.bundle;
    assert!(bundle.active, "make package needs bundle.active");
    assert_eq!(config.identifier, "app.trellis.journal");
    for field in
        [&bundle.publisher, &bundle.copyright, &bundle.license, &bundle.short_description, &bundle.long_description]
    {
        assert!(field.as_deref().is_some_and(|s| !s.trim().is_empty()), "the packages need every description field");
    }
    assert!(bundle.category.is_some(), "a menu category");
    let licence = std::fs::read_to_string(configured(bundle.license_file.as_ref().expect("licenseFile"))).unwrap();
    assert!(licence.starts_with("MIT License"), "the licence file is the licence Cargo.toml states");

    // One icon of each kind every platform's bundler looks for.
    let mut kinds = Vec::new();
    for icon in &bundle.icon {
        let path = configured(Path::new(icon));
        let bytes = std::fs::read(&path).unwrap();
        match path.extension().and_then(|e| e.to_str()) {
            Some("png") => {
                let (w, h) = png_size(&path);
                assert_eq!(w, h, "{icon} is square");
                // "128x128@2x.png" is 256 pixels; "icon.png" the large one.
                let name = path.file_stem().unwrap().to_str().unwrap();
                if let Some((size, _)) = name.split_once('x') {
                    let scale = if name.ends_with("@2x") { 2 } else { 1 };
                    assert_eq!(w, size.parse::<u32>().unwrap() * scale, "{icon} is the size its name says");
                } else {
                    assert!(w >= 512, "{icon}: the large icon is at least 512 pixels");
                }
                kinds.push("png");
            }
            Some("ico") => {
                assert_eq!(&bytes[..4], b"\0\0\x01\0", "{icon} is a Windows icon");
                kinds.push("ico");
            }
            Some("icns") => {
                assert_eq!(&bytes[..4], b"icns", "{icon} is a macOS icon");
                kinds.push("icns");
            }
            other => panic!("{icon}: an icon of an unknown kind ({other:?})"),
        }
    }
    for kind in ["png", "ico", "icns"] {
        assert!(kinds.contains(&kind), "no .{kind} icon: the {kind} platform's bundle would have none");
    }
}

#[test]
fn on_windows_and_macos_the_command_is_a_small_launcher_beside_the_app() {
    let (config, _) = package_config_elsewhere();
    let external = config.bundle.external_bin.unwrap_or_default();
    assert_eq!(external, ["binaries/trellis"], "make package copies the launcher to binaries/trellis-<target>");
    // The launcher looks for the app's binary under one name; without mainBinaryName, Tauri
    // names it after the product ("Trellis.exe"), which Windows would not tell from "trellis.exe".
    assert_eq!(config.main_binary_name.as_deref(), Some(trellis_launcher::APP_PROGRAM));
    let script = std::fs::read_to_string(src_tauri().join("../scripts/package.sh")).unwrap();
    assert!(
        script.contains("-p trellis-launcher")
            && script.contains("release/trellis-launcher$exe\" \"src-tauri/binaries/trellis-$target$exe\""),
        "scripts/package.sh builds the launcher and puts it where externalBin looks"
    );

    // Without the overlay a plain `cargo build` needs no launcher binary (tauri-build would refuse).
    let plain = read_json(&src_tauri().join("tauri.conf.json"));
    assert!(plain["bundle"].get("externalBin").is_none(), "externalBin belongs in tauri.package.json only");
}

#[test]
fn on_linux_the_command_is_the_apps_own_program() {
    let (config, _) = package_config();
    assert!(config.bundle.external_bin.unwrap_or_default().is_empty(), "no second copy of the core on Linux");
    let linux = &config.bundle.linux;
    for files in [&linux.deb.files, &linux.rpm.files] {
        assert_eq!(files.get(Path::new("/usr/bin/trellis")), Some(&PathBuf::from("../packaging/linux/trellis")));
    }
    let script = std::fs::read_to_string(src_tauri().join("../scripts/package.sh")).unwrap();
    assert!(script.contains("overlay=src-tauri/tauri.package.linux.json"), "scripts/package.sh uses the Linux overlay");
}

/// The launcher the Linux packages install as /usr/bin/trellis, pointed at this build's app
/// binary, is the `trellis` command; so is the app's binary started with a subcommand.
#[test]
#[cfg(unix)]
fn started_as_trellis_or_with_a_subcommand_the_app_is_the_command() {
    use std::os::unix::fs::PermissionsExt;
    let launcher = configured(Path::new("../packaging/linux/trellis"));
    assert!(std::fs::metadata(&launcher).unwrap().permissions().mode() & 0o111 != 0, "the launcher is executable");
    let text = std::fs::read_to_string(&launcher).unwrap();
    assert!(text.starts_with("#!/bin/bash\n") && text.contains("exec -a trellis /usr/bin/trellis-app \"$@\""));
    assert!(Command::new("bash").arg("-n").arg(&launcher).status().unwrap().success());

    let app = env!("CARGO_BIN_EXE_trellis-app");
    let dir = tempfile::tempdir().unwrap();
    let here = dir.path().join("trellis");
    std::fs::write(&here, text.replace("/usr/bin/trellis-app", app)).unwrap();
    std::fs::set_permissions(&here, std::fs::Permissions::from_mode(0o755)).unwrap();

    let version = Command::new(&here).arg("--version").output().unwrap();
    assert!(version.status.success(), "{version:?}");
    assert_eq!(String::from_utf8_lossy(&version.stdout).trim(), format!("trellis {}", env!("CARGO_PKG_VERSION")));
    // Without a subcommand the command shows its usage (it does not open a window).
    let bare = Command::new(&here).output().unwrap();
    assert_eq!(bare.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bare.stderr).contains("Usage: trellis "), "{bare:?}");

    let through_launcher = Command::new(&here).args(["library", "list"]).output().unwrap();
    let direct = Command::new(app).args(["library", "list"]).output().unwrap();
    assert!(through_launcher.status.success() && direct.status.success(), "{direct:?}");
    assert!(direct.stdout.len() > 200, "the article list");
    assert_eq!(through_launcher.stdout, direct.stdout);
    // A vault error comes back as the command's own words and exit code.
    let none = dir.path().join("no vault here");
    let missing = Command::new(app).args(["journal", "list", "--vault"]).arg(&none).output().unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).starts_with("trellis: "), "{missing:?}");
}

#[test]
#[cfg_attr(not(target_os = "linux"), ignore = "desktop-file-validate and sh are Linux tools")]
fn the_linux_packages_install_a_valid_menu_entry_and_leave_vaults_alone() {
    let (config, _) = package_config();
    let linux = &config.bundle.linux;
    let (deb, rpm) = (&linux.deb, &linux.rpm);
    assert_eq!(deb.desktop_template, rpm.desktop_template, "one menu entry for both packages");
    assert_eq!(deb.post_remove_script, rpm.post_remove_script);
    // The tray (libayatana-appindicator) is loaded at run time, so no linker adds it.
    assert!(deb.depends.as_ref().unwrap().iter().any(|d| d == "libayatana-appindicator3-1"));
    assert!(rpm.depends.as_ref().unwrap().iter().any(|d| d == "libayatana-appindicator-gtk3"));

    // The template, filled in as the bundler fills it, passes desktop-file-validate, and says
    // nothing of what the person is writing about (it shows in menus and software centres).
    let template = std::fs::read_to_string(configured(deb.desktop_template.as_ref().unwrap())).unwrap();
    let entry =
        template.replace("{{name}}", "Trellis").replace("{{exec}}", "trellis-app").replace("{{icon}}", "trellis-app");
    assert!(!entry.contains("{{"), "a placeholder the bundler does not fill: {entry}");
    for word in ["relationship", "trust", "partner", "boundar"] {
        assert!(!entry.to_lowercase().contains(word), "the menu entry mentions {word:?}");
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("Trellis.desktop");
    std::fs::write(&file, &entry).unwrap();
    let out = Command::new("desktop-file-validate")
        .arg(&file)
        .output()
        .expect("desktop-file-validate (desktop-file-utils; make setup installs it)");
    let said = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && said.trim().is_empty(), "desktop-file-validate: {said}");

    // The remove script is valid sh, speaks only on removal (not on an upgrade), and keeps
    // the vault: it only prints.
    let script = configured(deb.post_remove_script.as_ref().unwrap());
    let text = std::fs::read_to_string(&script).unwrap();
    assert!(!text.contains("rm ") && !text.contains("rmdir"), "the remove script deletes nothing");
    assert!(Command::new("sh").arg("-n").arg(&script).status().unwrap().success());
    for (arg, speaks) in [("remove", true), ("purge", true), ("0", true), ("upgrade", false), ("1", false)] {
        let out = Command::new("sh").arg(&script).arg(arg).output().unwrap();
        assert!(out.status.success());
        let said = String::from_utf8_lossy(&out.stdout);
        assert_eq!(said.contains("vault stays"), speaks, "after-remove {arg}: {said:?}");
    }
}

#[test]
fn windows_and_macos_bundles_are_configured() {
    let (config, _) = package_config();
    let windows = &config.bundle.windows;
    let code = windows
        .wix
        .as_ref()
        .and_then(|w| w.upgrade_code)
        .expect("a fixed WiX upgrade code, so a new MSI replaces the old");
    assert!(!code.is_nil());
    assert!(windows.nsis.is_some());
    let mac = &config.bundle.macos;
    let min: Vec<u32> = mac.minimum_system_version.as_deref().unwrap().split('.').map(|p| p.parse().unwrap()).collect();
    assert!(min >= vec![10, 15], "WKWebView as Tauri 2 uses it needs macOS 10.15");
    assert!(mac.hardened_runtime);
    let entitlements = std::fs::read_to_string(configured(mac.entitlements.as_ref().map(Path::new).unwrap())).unwrap();
    assert!(entitlements.contains("<plist version=\"1.0\">") && entitlements.contains("<dict>"));

    // The release app opens no console window on Windows; the command keeps its console.
    let main = std::fs::read_to_string(src_tauri().join("src/main.rs")).unwrap();
    assert!(main.contains("#![cfg_attr(not(debug_assertions), windows_subsystem = \"windows\")]"));
}

/// `tauri build` refuses a CLI whose minor version differs from the `tauri` crate's, and an
/// npm package that differs from its crate; one check here instead of a failed release build.
#[test]
fn the_tauri_cli_and_api_match_the_crates() {
    let lock = std::fs::read_to_string(src_tauri().join("../Cargo.lock")).unwrap();
    let crate_version = |name: &str| -> String {
        let key = format!("name = \"{name}\"\nversion = \"");
        let at = lock.find(&key).unwrap_or_else(|| panic!("{name} not in Cargo.lock")) + key.len();
        lock[at..at + lock[at..].find('"').unwrap()].to_string()
    };
    let minor = |v: &str| v.split('.').take(2).collect::<Vec<_>>().join(".");
    let package = read_json(&src_tauri().join("../ui/package.json"));
    let npm = |name: &str| -> Option<String> {
        ["dependencies", "devDependencies"].iter().find_map(|k| package[k][name].as_str().map(str::to_string))
    };
    let cli = npm("@tauri-apps/cli").expect("@tauri-apps/cli is pinned in ui/package.json");
    assert!(cli.chars().next().unwrap().is_ascii_digit(), "pinned exactly, not a range: {cli}");
    assert_eq!(minor(&cli), minor(&crate_version("tauri")), "@tauri-apps/cli and the tauri crate");
    assert_eq!(minor(&npm("@tauri-apps/api").unwrap()), minor(&crate_version("tauri")), "@tauri-apps/api");
    for plugin in ["notification", "dialog", "opener", "autostart", "single-instance"] {
        if let Some(v) = npm(&format!("@tauri-apps/plugin-{plugin}")) {
            assert_eq!(minor(&v), minor(&crate_version(&format!("tauri-plugin-{plugin}"))), "plugin {plugin}");
        }
    }
}

/// The release workflow runs the Makefile's own targets on each desktop: every `make` target it
/// names exists, and it builds on Linux, Windows and macOS.
#[test]
fn the_release_workflow_uses_the_makefile_on_three_desktops() {
    let root = src_tauri().join("..");
    let workflow = std::fs::read_to_string(root.join(".github/workflows/release.yml")).unwrap();
    let makefile = std::fs::read_to_string(root.join("Makefile")).unwrap();
    let targets: Vec<&str> = makefile
        .lines()
        .filter_map(|l| l.split_once(':').map(|(t, _)| t))
        .filter(|t| !t.contains([' ', '\t', '$', '#', '.', '=']))
        .collect();
    let mut named = 0;
    for line in workflow.lines() {
        let Some(command) = line.trim().strip_prefix("run: make ") else { continue };
        for target in command.split_whitespace() {
            assert!(targets.contains(&target), "release.yml runs make {target}, which the Makefile lacks");
            named += 1;
        }
    }
    assert!(named >= 6, "release.yml runs the Makefile's targets");
    for os in ["ubuntu-", "windows-", "macos-"] {
        assert!(workflow.contains(&format!("os: {os}")), "release.yml builds on {os}");
    }
}
