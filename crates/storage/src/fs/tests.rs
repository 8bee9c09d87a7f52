use super::*;

#[test]
fn long_names_get_short_siblings() {
    let name = "a".repeat(250) + ".json";
    let t = sibling_name(&name, ".", ".123-0.codi-tmp");
    assert!(t.len() <= MAX_NAME_BYTES, "{}", t.len());
    assert_ne!(
        t,
        sibling_name(&("b".repeat(250) + ".json"), ".", ".123-0.codi-tmp")
    );
    assert_eq!(sibling_name("w.json", "", ".bak"), "w.json.bak");
    let multi = "প".repeat(84); // 252 bytes of 3-byte characters
    assert!(sibling_name(&multi, ".", ".lock").len() <= MAX_NAME_BYTES);
}

#[test]
fn a_read_only_file_is_refused_and_left_as_it_was() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("kept.codi.json");
    fs::write(&p, b"before").unwrap();
    let mut perms = fs::metadata(&p).unwrap().permissions();
    perms.set_readonly(true);
    fs::set_permissions(&p, perms).unwrap();
    let e = write_atomic(&p, b"after").unwrap_err();
    assert!(e.to_string().contains("read-only"), "{e}");
    assert!(e.to_string().contains("kept.codi.json"), "{e}");
    assert_eq!(fs::read(&p).unwrap(), b"before");
    assert_eq!(
        fs::read_dir(d.path()).unwrap().count(),
        1,
        "no temp or backup left"
    );
}

#[test]
fn writes_atomically_with_backup_and_long_names() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("x".repeat(250) + ".json");
    write_atomic(&p, b"one").unwrap();
    write_atomic(&p, b"two").unwrap();
    assert_eq!(fs::read(&p).unwrap(), b"two");
    assert_eq!(fs::read(backup_path(&p)).unwrap(), b"one");
    let left: Vec<_> = fs::read_dir(d.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(TMP_SUFFIX))
        .collect();
    assert!(left.is_empty(), "no temporary files left");
}

#[test]
fn stale_temps_are_cleaned_fresh_ones_kept() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("w.codi.json");
    let stale = d.path().join(".w.codi.json.999999-0.codi-tmp");
    let fresh = d.path().join(".w.codi.json.999999-1.codi-tmp");
    let other = d.path().join(".other.json.999999-0.codi-tmp");
    for f in [&stale, &fresh, &other] {
        fs::write(f, "partial").unwrap();
    }
    let now = fs::metadata(&fresh).unwrap().modified().unwrap();
    let old = now - Duration::from_secs(600);
    for f in [&stale, &other] {
        fs::File::options()
            .write(true)
            .open(f)
            .unwrap()
            .set_modified(old)
            .unwrap();
    }
    assert_eq!(clean_stale_temps(&p, now), 1);
    assert!(!stale.exists() && fresh.exists() && other.exists());
}

#[cfg(unix)]
#[test]
fn special_files_are_refused() {
    let e = read_limited(Path::new("/dev/zero"), 10).unwrap_err();
    assert!(e.to_string().contains("not a regular file"), "{e}");
    let d = tempfile::tempdir().unwrap();
    let e = read_limited(d.path(), 10).unwrap_err();
    assert!(e.to_string().contains("a folder"), "{e}");
    let e = check_replaceable(Path::new("/dev/null")).unwrap_err();
    assert!(e.to_string().contains("a device"), "{e}");
    let big = d.path().join("big");
    fs::write(&big, vec![b'x'; 100]).unwrap();
    assert!(matches!(
        read_limited(&big, 10),
        Err(ReadError::TooLarge { .. })
    ));
}

#[test]
fn writes_through_symlinks() {
    let d = tempfile::tempdir().unwrap();
    let real = d.path().join("real.json");
    fs::write(&real, "a").unwrap();
    #[cfg(unix)]
    {
        let link = d.path().join("link.json");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomic(&link, b"b").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"b");
        assert!(same_file(&link, &real));
    }
}

#[test]
fn locks_exclude_each_other() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("w.codi.json");
    let held = FileLock::acquire(&p).unwrap();
    assert!(FileLock::try_acquire(&p).unwrap().is_none());
    drop(held);
    assert!(FileLock::try_acquire(&p).unwrap().is_some());
}

#[test]
fn windows_paths_lose_the_verbatim_prefix_only_where_it_means_the_same() {
    let plain = |s: &str| plain_windows_path(Path::new(s));
    assert_eq!(
        plain(r"\\?\Z:\tmp\ফাইল\a.codi.json"),
        Path::new(r"Z:\tmp\ফাইল\a.codi.json")
    );
    assert_eq!(
        plain(r"\\?\UNC\server\share\a.codi.json"),
        Path::new(r"\\server\share\a.codi.json")
    );
    // Not a drive path, or too long without the prefix: kept as it is.
    assert_eq!(plain(r"\\?\Volume{1}\a"), Path::new(r"\\?\Volume{1}\a"));
    let long = format!(r"\\?\C:\{}", "x".repeat(300));
    assert_eq!(plain(&long), Path::new(&long));
    assert_eq!(plain("/home/a.codi.json"), Path::new("/home/a.codi.json"));
}
