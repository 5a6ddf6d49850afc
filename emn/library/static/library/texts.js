// "Add another language" on the publication form: copies the empty text form of the formset
// and counts it in the management form. Without JavaScript a blank language is always there.
document.addEventListener("DOMContentLoaded", () => {
  const button = document.getElementById("add-text");
  const template = document.getElementById("empty-text-form");
  const total = document.getElementById("id_texts-TOTAL_FORMS");
  const forms = document.getElementById("text-forms");
  if (!button || !template || !total || !forms) return;
  button.hidden = false;
  button.addEventListener("click", () => {
    const index = Number(total.value);
    const html = template.innerHTML
      .replace(/__prefix__/g, String(index))
      .replace(/__number__/g, String(index + 1));
    forms.insertAdjacentHTML("beforeend", html);
    total.value = String(index + 1);
    const select = forms.lastElementChild.querySelector("select");
    if (select) select.focus();
  });
});
