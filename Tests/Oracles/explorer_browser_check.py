#!/usr/bin/env python3
"""Walks the explorer (`supplynet serve`) in headless Chromium (Debian's chromium and
chromium-driver, driven by Selenium) the way a reader does:

1. opens `/`, types "tehran" into the search box (id `q`) and submits: lands on /actor/IRN;
2. clicks an edge of the drawing that links to a flow (an `<a>` inside the SVG whose href starts
   with /flow/), or, when no edge can be clicked, a flow link in the table: lands on /flow/…;
3. clicks the first claim's source link: lands on /source/…#claim-…, where the element with that
   id is a <mark> holding the claim's quote;
4. clicks that mark's link: back on the same flow page, at the same #claim- anchor;
5. opens /paths, fills from=Iran and to=Ukraine, submits: a paths page with at least one path.

On every page the browser's console must hold no SEVERE entry (a Content-Security-Policy
violation is one, so is a failed request). A screenshot of each step goes into the output
folder. Prints a JSON summary (steps, problems); exits 1 when a check fails, 2 when the browser
cannot be started.

Usage: explorer_browser_check.py http://127.0.0.1:PORT/ OUTPUT_FOLDER
"""
import json
import os
import re
import sys
import urllib.parse

import headless_chromium
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

# An SVG <a>'s href, whichever attribute the drawing used.
SVG_HREF = "return arguments[0].getAttribute('href') || arguments[0].getAttributeNS('http://www.w3.org/1999/xlink', 'href') || '';"


def normalized(text):
    """Text with runs of white space as one space and the curly quotes around a quote dropped."""
    return re.sub(r"\s+", " ", text).strip().strip("“”\"").strip()


class Walk:
    def __init__(self, driver, base, output):
        self.driver, self.base, self.output = driver, base.rstrip("/"), output
        self.steps, self.problems = [], []

    def check(self, condition, message):
        if not condition:
            self.problems.append(message)
        return condition

    def path(self):
        """The current address without the server: path, query and fragment."""
        parts = urllib.parse.urlsplit(self.driver.current_url)
        return parts.path + ("?" + parts.query if parts.query else "") + ("#" + parts.fragment if parts.fragment else "")

    def wait_for(self, predicate, what, timeout=10):
        try:
            WebDriverWait(self.driver, timeout).until(lambda driver: predicate())
            return True
        except WebDriverException:
            self.problems.append(f"{what}: still at {self.path()} after {timeout} s")
            return False

    def record(self, name):
        """Screenshot of this step, and the console's entries since the last step (none SEVERE)."""
        self.driver.save_screenshot(os.path.join(self.output, f"{len(self.steps) + 1:02d}-{name}.png"))
        severe = [entry["message"] for entry in self.driver.get_log("browser") if entry.get("level") == "SEVERE"]
        self.check(not severe, f"{name} ({self.path()}): console errors: " + "; ".join(severe[:5]))
        self.steps.append({"step": name, "at": self.path(), "title": self.driver.title, "console": len(severe)})

    def run(self):
        driver = self.driver
        # 1. Search from the network page.
        driver.get(self.base + "/")
        self.check(driver.find_elements(By.CSS_SELECTOR, ".figure svg"), "/: no drawing of the network")
        self.record("network")
        box = driver.find_element(By.ID, "q")
        box.clear()
        box.send_keys("tehran")
        box.submit()
        if not self.wait_for(lambda: urllib.parse.urlsplit(driver.current_url).path == "/actor/IRN", "search for tehran"):
            self.record("search")
            return
        self.check("Iran" in driver.find_element(By.TAG_NAME, "h1").text, "/actor/IRN: the heading does not name Iran")
        self.record("actor")

        # 2. An edge of the drawing to its flow page (or the table's link when no edge can be clicked).
        actor_page = driver.current_url
        edges = [anchor for anchor in driver.find_elements(By.CSS_SELECTOR, ".figure svg a")
                 if driver.execute_script(SVG_HREF, anchor).startswith("/flow/")]
        self.check(edges, "/actor/IRN: no edge of the drawing links to a flow")
        via = None
        for edge in edges[:5]:
            # The label (or the line) is what a reader clicks; the middle of the box may be empty.
            targets = edge.find_elements(By.CSS_SELECTOR, "text") + edge.find_elements(By.CSS_SELECTOR, "path")
            for target in targets[:2]:
                try:
                    target.click()
                except WebDriverException:
                    continue
                if urllib.parse.urlsplit(driver.current_url).path.startswith("/flow/"):
                    via = "edge"
                    break
                if driver.current_url != actor_page:
                    driver.get(actor_page)
            if via:
                break
        if not via:
            links = driver.find_elements(By.CSS_SELECTOR, "table a[href^='/flow/']")
            if self.check(links, "/actor/IRN: no flow link in the table either"):
                links[0].click()
                via = "table"
        if not self.wait_for(lambda: urllib.parse.urlsplit(driver.current_url).path.startswith("/flow/"), "following a flow link"):
            self.record("flow")
            return
        flow_path = urllib.parse.urlsplit(driver.current_url).path
        self.record("flow")
        self.steps[-1]["via"] = via

        # 3. The first claim's source link to its sentence in the article.
        claims = driver.find_elements(By.CSS_SELECTOR, ".claim")
        if not self.check(claims, f"{flow_path}: no claims"):
            return
        claim = claims[0]
        claim_id = claim.get_attribute("id")
        quote = normalized(claim.find_element(By.CSS_SELECTOR, ".quote").text)
        source_link = claim.find_element(By.CSS_SELECTOR, "a[href^='/source/']")
        self.check(source_link.get_attribute("href").endswith("#" + claim_id),
                   f"{flow_path}: the claim {claim_id} links to {source_link.get_attribute('href')}, not to its anchor")
        source_link.click()
        if not self.wait_for(lambda: urllib.parse.urlsplit(driver.current_url).path.startswith("/source/"), "following the claim's source link"):
            self.record("source")
            return
        fragment = urllib.parse.urlsplit(driver.current_url).fragment
        self.check(fragment == claim_id and fragment.startswith("claim-"), f"source page anchor '#{fragment}', expected '#{claim_id}'")
        marks = driver.find_elements(By.ID, fragment) if fragment else []
        if self.check(marks, f"{self.path()}: no element with the id {fragment}"):
            mark = marks[0]
            self.check(mark.tag_name.lower() == "mark", f"{self.path()}: #{fragment} is a <{mark.tag_name}>, not a <mark>")
            marked = normalized(mark.get_attribute("textContent"))
            self.check(quote and quote in marked, f"{self.path()}: the mark holds “{marked[:120]}”, not the claim's quote “{quote[:120]}”")
            self.check(driver.execute_script("return document.querySelector(':target') === arguments[0];", mark),
                       f"{self.path()}: the mark is not the page's :target")
        self.record("source")

        # 4. The mark's link back to the claim on its flow page.
        if marks:
            back = marks[0].find_elements(By.CSS_SELECTOR, "a")
            if self.check(back, f"{self.path()}: the mark has no link back to its flow"):
                back[0].click()
                if self.wait_for(lambda: urllib.parse.urlsplit(driver.current_url).path.startswith("/flow/"), "following the mark's link"):
                    parts = urllib.parse.urlsplit(driver.current_url)
                    self.check(parts.path == flow_path, f"the mark leads to {parts.path}, not back to {flow_path}")
                    self.check(parts.fragment == claim_id, f"the mark leads to #{parts.fragment}, not #{claim_id}")
                    self.check(driver.find_elements(By.ID, claim_id), f"{self.path()}: no element #{claim_id}")
                self.record("flow-again")

        # 5. Paths from Iran to Ukraine, asked with the form.
        driver.get(self.base + "/paths")
        self.record("paths-form")
        form = driver.find_element(By.CSS_SELECTOR, "main form[action='/paths']")
        form.find_element(By.NAME, "from").send_keys("Iran")
        form.find_element(By.NAME, "to").send_keys("Ukraine")
        form.find_element(By.CSS_SELECTOR, "button[type='submit']").click()
        if self.wait_for(lambda: urllib.parse.urlsplit(driver.current_url).path.startswith("/paths/"), "asking for paths"):
            self.check(urllib.parse.urlsplit(driver.current_url).path == "/paths/IRN/UKR",
                       f"the paths form leads to {self.path()}, expected /paths/IRN/UKR")
            paths = driver.find_elements(By.CSS_SELECTOR, "section.path")
            self.check(paths, f"{self.path()}: no path from Iran to Ukraine")
            self.record("paths")
            self.steps[-1]["paths"] = len(paths)
        else:
            self.record("paths")


def main():
    base, output = sys.argv[1], sys.argv[2]
    os.makedirs(output, exist_ok=True)
    try:
        driver = headless_chromium.start(console=True)
    except Exception as error:  # the browser is missing or cannot start
        print(f"cannot start chromium: {error}", file=sys.stderr)
        return 2
    driver.set_page_load_timeout(30)
    walk = Walk(driver, base, output)
    try:
        walk.run()
    except WebDriverException as error:
        walk.problems.append(f"at {walk.path()}: {error.msg or error}")
        try:
            walk.record("failure")
        except WebDriverException:
            pass
    finally:
        driver.quit()
    print(json.dumps({"steps": walk.steps, "problems": walk.problems}, indent=1))
    return 1 if walk.problems else 0


if __name__ == "__main__":
    sys.exit(main())
