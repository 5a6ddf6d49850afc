// "Add a term / definition / note" on the concept form: copies the formset's empty row and
// counts it in the management form. Without JavaScript the blank rows are there already.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("fieldset.rows[data-prefix]").forEach((set) => {
    const prefix = set.dataset.prefix;
    const button = set.querySelector(".add-row");
    const template = set.querySelector("template");
    const total = document.getElementById(`id_${prefix}-TOTAL_FORMS`);
    const list = set.querySelector(".row-list");
    if (!button || !template || !total || !list) return;
    button.hidden = false;
    button.addEventListener("click", () => {
      const index = Number(total.value);
      const html = template.innerHTML
        .replace(/__prefix__/g, String(index))
        .replace(/__number__/g, String(index + 1));
      list.insertAdjacentHTML("beforeend", html);
      total.value = String(index + 1);
      const first = list.lastElementChild.querySelector("select, input:not([type=hidden]), textarea");
      if (first) first.focus();
    });
  });
});
