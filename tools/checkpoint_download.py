"""Downloads one checkpoint file over HTTP(S) with the Python standard library alone (PyPI may be
out of reach, so no requests or tqdm): resumes a partial file, retries, shows progress, and gets
past Google Drive's "can't scan this file for viruses" page.

  download(url, dest)   # writes dest.part, renames it to dest when complete

A partial download stays as dest.part; the next call asks the server for the rest (HTTP Range)
and starts over only when the server cannot send a range. Google Drive answers a large file with
an HTML page first: either a form (drive.usercontent.google.com, hidden fields id, export,
confirm, uuid) or, in its older form, a download_warning cookie and a link with confirm=<token>;
both are followed. A checkpoint is never HTML, so an HTML answer that offers neither is an error
(quota exceeded, file not shared, a login page).
"""

import html.parser
import http.client
import http.cookiejar
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

ATTEMPTS = 4
# seconds before the first retry, doubled for each further one; tests make it short
RETRY_WAIT = float(os.environ.get("CAKEBENCH_RETRY_WAIT", "3"))
TIMEOUT = 60
CHUNK = 1 << 20
USER_AGENT = "cakebench-export/1 (+https://github.com/bethgelab/model-vs-human)"


class DownloadError(Exception):
    """A download that failed for good: retrying would not help (or did not)."""


# hosts that could not be reached after every attempt: later files from them get one attempt, so
# that a machine without internet learns it once, not once per model
_unreachable = set()


def download(url, dest, label=None, stream=sys.stderr):
    """Downloads url to dest, resuming dest.part; retries network errors and 5xx answers."""
    label = label or os.path.basename(dest)
    part = dest + ".part"
    host = urllib.parse.urlsplit(url).netloc
    attempts = 1 if host in _unreachable else ATTEMPTS
    os.makedirs(os.path.dirname(os.path.abspath(dest)), exist_ok=True)
    cookies = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies))
    for attempt in range(1, attempts + 1):
        try:
            _fetch(opener, cookies, url, part, label, stream)
            os.replace(part, dest)
            return
        except urllib.error.HTTPError as e:
            if not _transient(e.code) or attempt == attempts:
                raise DownloadError(f"{url}: HTTP {e.code} {e.reason}") from None
            problem = f"HTTP {e.code}"
        except (urllib.error.URLError, http.client.HTTPException, OSError) as e:
            if attempt == attempts:
                raise DownloadError(f"{url}: {_reason(e)} {_tried(attempts, host)}"
                                    f"{_kept(part)}") from None
            problem = _reason(e)
        wait = RETRY_WAIT * 2 ** (attempt - 1)
        print(f"{label}: {problem}; retrying in {wait:g} s (attempt {attempt + 1} of {attempts})",
              file=stream, flush=True)
        time.sleep(wait)


def _tried(attempts, host):
    if attempts == 1:
        return f"({host} could not be reached before in this run; tried once)"
    _unreachable.add(host)
    return f"after {attempts} attempts"


def _kept(part):
    kept = os.path.getsize(part) if os.path.exists(part) else 0
    return f"; {kept} bytes kept in {part}, the next run resumes" if kept else ""


def _transient(code):
    return code in (408, 425, 429) or code >= 500


def _reason(e):
    return str(getattr(e, "reason", None) or e) or type(e).__name__


def _fetch(opener, cookies, url, part, label, stream):
    have = os.path.getsize(part) if os.path.exists(part) else 0
    response = _open(opener, url, have, part)
    if _is_html(response):
        page = response.read(1 << 20).decode("utf-8", "replace")
        response.close()
        confirmed = confirm_url(page, response.geturl(), cookies)
        if confirmed is None:
            raise DownloadError(f"{url}: the server sent an HTML page, not the file (Google Drive:"
                                " download quota exceeded or the file is not shared)")
        response = _open(opener, confirmed, have, part)
        if _is_html(response):
            response.close()
            raise DownloadError(f"{url}: still an HTML page after Google Drive's confirmation")
    with response:
        if have and response.status == 206 and _range_start(response) == have:
            mode = "ab"
        else:
            have, mode = 0, "wb"  # the server sent the whole file
        length = response.headers.get("Content-Length")
        total = have + int(length) if length is not None else None
        progress = Progress(label, total, have, stream)
        with open(part, mode) as out:
            while True:
                chunk = response.read(CHUNK)
                if not chunk:
                    break
                out.write(chunk)
                have += len(chunk)
                progress.update(have)
        progress.finish(have)
    if total is not None and have != total:
        raise http.client.IncompleteRead(b"", total - have)


def _open(opener, url, have, part):
    headers = {"User-Agent": USER_AGENT}
    if have:
        headers["Range"] = f"bytes={have}-"
    try:
        return opener.open(urllib.request.Request(url, headers=headers), timeout=TIMEOUT)
    except urllib.error.HTTPError as e:
        if e.code == 416 and have:  # the partial file is longer than the file: start over
            os.remove(part)
            raise OSError("the server cannot resume the partial file (HTTP 416)") from None
        raise


def _is_html(response):
    return response.headers.get_content_type() == "text/html"


def _range_start(response):
    # Content-Range: bytes 1000-1999/2000
    value = response.headers.get("Content-Range", "")
    try:
        return int(value.split()[1].split("-")[0])
    except (IndexError, ValueError):
        return -1


def confirm_url(page, page_url, cookies):
    """The URL that Google Drive's confirmation page leads to, or None if it is no such page."""
    form = _DownloadForm()
    form.feed(page)
    if form.action is not None and "confirm" in form.fields:
        query = urllib.parse.urlencode(form.fields)
        return urllib.parse.urljoin(page_url, form.action) + "?" + query
    for cookie in cookies:
        if cookie.name.startswith("download_warning"):
            return _with_query(page_url, confirm=cookie.value)
    if form.confirm_link is not None:
        return urllib.parse.urljoin(page_url, form.confirm_link)
    return None


def _with_query(url, **extra):
    parts = urllib.parse.urlsplit(url)
    query = dict(urllib.parse.parse_qsl(parts.query))
    query.update(extra)
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


class _DownloadForm(html.parser.HTMLParser):
    """The first form with a confirm field (its action and hidden fields), and any confirm link."""

    def __init__(self):
        super().__init__()
        self.action = None
        self.fields = {}
        self.confirm_link = None
        self._in_form = False
        self._done = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and not self._done:
            self._in_form = True
            self.action, self.fields = attrs.get("action"), {}
        elif tag == "input" and self._in_form and attrs.get("name"):
            self.fields[attrs["name"]] = attrs.get("value") or ""
        elif tag == "a" and self.confirm_link is None and "confirm=" in (attrs.get("href") or ""):
            self.confirm_link = attrs["href"]

    def handle_endtag(self, tag):
        if tag == "form" and self._in_form:
            self._in_form = False
            self._done = "confirm" in self.fields


class Progress:
    """A progress line on stderr: redrawn in place on a terminal, every quarter otherwise."""

    def __init__(self, label, total, start, stream):
        self.label, self.total, self.start, self.stream = label, total, start, stream
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.began = self.drawn = time.monotonic()
        self.quarter = -1
        self.update(start)

    def update(self, done):
        now = time.monotonic()
        if self.tty:
            if now - self.drawn >= 0.2 or done == self.total:
                self.drawn = now
                print("\r" + self._line(done, now), end="", file=self.stream, flush=True)
        elif self.total:
            quarter = 4 * done // self.total
            if quarter > self.quarter:
                self.quarter = quarter
                print(self._line(done, now), file=self.stream, flush=True)

    def finish(self, done):
        if self.tty:
            print("\r" + self._line(done, time.monotonic()), file=self.stream, flush=True)
        elif not self.total:
            print(self._line(done, time.monotonic()), file=self.stream, flush=True)

    def _line(self, done, now):
        rate = (done - self.start) / max(now - self.began, 1e-3) / 1e6
        resumed = f", resumed at {self.start / 1e6:.1f} MB" if self.start else ""
        if self.total:
            return (f"{self.label}: {100 * done / self.total:3.0f} % of {self.total / 1e6:.1f} MB"
                    f" ({rate:.1f} MB/s{resumed})")
        return f"{self.label}: {done / 1e6:.1f} MB ({rate:.1f} MB/s{resumed})"


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python tools/checkpoint_download.py URL DEST")
    try:
        download(sys.argv[1], sys.argv[2])
    except DownloadError as e:
        sys.exit(f"download failed: {e}")
