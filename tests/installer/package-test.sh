#!/usr/bin/env bash
# The Debian package, as a user gets it: built by CPack from this build tree into a scratch
# folder, unpacked into a throw-away root with dpkg -x (nothing is installed on the machine),
# and run from there: --version, check-file on a synthetic photo (templates from the package,
# face models from the user's models folder), and the message a run without models prints.
#
#   package-test.sh BUILD_DIR VERSION
set -euo pipefail
build=$1 version=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 ||
    { cat "$tmp/cpack.log"; fail "cpack could not build the package"; }
deb="$tmp/out/gradphoto_${version}_amd64.deb"
[ -f "$deb" ] || { ls -R "$tmp/out"; fail "no $deb"; }
echo "built $(basename "$deb"): $(stat -c %s "$deb") bytes"

# Declared dependencies: the runtime libraries (found by dpkg-shlibdeps) and the CJK fonts.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libwx libopencv libpoco libdlib fonts-noto-cjk; do
    grep -q "$lib" <<<"$depends" || fail "Depends does not name $lib"
done

dpkg -x "$deb" "$tmp/root"
for f in usr/bin/gradphoto usr/bin/gradphoto-cli \
    usr/share/gradphoto/templates/profiles/chsi-2017.json \
    usr/share/locale/zh_CN/LC_MESSAGES/gradphoto.mo \
    usr/share/applications/gradphoto.desktop \
    usr/share/icons/hicolor/scalable/apps/gradphoto.svg \
    usr/share/man/man1/gradphoto-cli.1.gz usr/share/man/man1/gradphoto.1.gz \
    usr/share/gradphoto/fetch-demo-photos; do
    [ -e "$tmp/root/$f" ] || fail "the package lacks /$f"
done
zcat "$tmp/root/usr/share/man/man1/gradphoto-cli.1.gz" | grep -q '^\.SS check-file' ||
    fail "the man page has no check-file section"
zcat "$tmp/root/usr/share/man/man1/gradphoto.1.gz" | grep -q 'Usage: gradphoto .*WORKSPACE' ||
    fail "the console's man page lacks the usage from gradphoto --help"
zcat "$tmp/root/usr/share/man/man1/gradphoto.1.gz" | grep -q '^\.TH GRADPHOTO 1 "20[2-9][0-9]-' ||
    fail "the console's man page is not dated by the build (1970?)"
env -u DISPLAY "$tmp/root/usr/bin/gradphoto" --help | grep -q 'WORKSPACE' ||
    fail "gradphoto --help does not answer without a display"

cli="$tmp/root/usr/bin/gradphoto-cli"
unset GRADPHOTO_TEMPLATES GRADPHOTO_LOCALE
[ "$("$cli" --version)" = "gradphoto-cli $version" ] || fail "--version says $("$cli" --version)"

# A synthetic photo: the reference backdrop, the right size and density, a drawn head.
convert -size 480x640 'xc:rgb(100,197,255)' -fill 'rgb(240,196,164)' \
    -draw 'ellipse 240,270 95,125 0,360' -fill 'rgb(40,40,44)' -draw 'rectangle 80,470 400,640' \
    -units PixelsPerInch -density 300 -quality 90 "$tmp/photo.jpg"
"$cli" --json check-file "$tmp/photo.jpg" >"$tmp/check.json" || true
python3 - "$tmp/check.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
checks = {c["id"]: c for c in r["checks"]}
assert r["profile"] == "chsi-2017", r
assert checks["file.pixel_size"]["verdict"] == "pass", checks["file.pixel_size"]
assert checks["file.dpi"]["verdict"] == "pass", checks["file.dpi"]
assert checks["faces.count"]["verdict"] == "fail", "a drawn ellipse is no face"
assert r["verdict"] == "fail", r["verdict"]
print("check-file from the package: %d checks, verdict %s" % (len(checks), r["verdict"]))
PY

# Without models: the one command that fetches them.
if GRADPHOTO_MODELS="$tmp/no-models" "$cli" check-file "$tmp/photo.jpg" >"$tmp/out.txt" 2>"$tmp/err.txt"; then
    fail "check-file without models succeeded"
fi
grep -q 'gradphoto-cli models install' "$tmp/err.txt" || { cat "$tmp/err.txt"; fail "no hint to install the models"; }
echo "without models: $(head -1 "$tmp/err.txt")"
echo "package test passed"
