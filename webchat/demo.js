// The demo intranet page: shows the article named by ?pagina= (a real page load each time).
document.addEventListener("DOMContentLoaded", function () {
  var wanted = new URLSearchParams(window.location.search).get("pagina") || "home";
  document.querySelectorAll("article[data-pagina]").forEach(function (article) {
    article.hidden = article.getAttribute("data-pagina") !== wanted;
  });
});
