// Typesets the article's TeX as MathML (KaTeX) and highlights its code (highlight.js). Both only read
// text the server put in the page; without this script the TeX and the code stay readable as text.
(function () {
  "use strict";
  const body = document.querySelector("section.text.rendered");
  if (!body) {
    return;
  }
  if (window.katex) {
    for (const element of body.querySelectorAll(".math-inline, .math-display")) {
      const tex = element.textContent;
      try {
        // MathML needs no inline styles, which the page's Content-Security-Policy refuses; trust: false keeps
        // \href, \url and \html* commands off
        window.katex.render(tex, element, {
          displayMode: element.classList.contains("math-display"),
          output: "mathml", throwOnError: false, trust: false, strict: "ignore"
        });
        element.setAttribute("data-tex", tex);
      } catch (error) {
        element.textContent = tex;
      }
    }
  }
  if (window.hljs) {
    for (const code of body.querySelectorAll("pre > code[class^='language-']")) {
      const language = code.className.substring("language-".length);
      if (window.hljs.getLanguage(language)) {
        window.hljs.highlightElement(code);
      }
    }
  }
})();
