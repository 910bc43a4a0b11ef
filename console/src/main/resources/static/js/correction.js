// Shows the findings of the invoice as typed, a moment after the clerk stops typing, and adds invoice lines.
(function () {
    const form = document.getElementById('correction');
    if (!form) {
        return;
    }
    const csrf = document.querySelector('meta[name="_csrf"]');
    const csrfHeader = document.querySelector('meta[name="_csrf_header"]');
    let timer;

    function refreshFindings() {
        const headers = {};
        if (csrf && csrfHeader) {
            headers[csrfHeader.content] = csrf.content;
        }
        fetch(form.action + '/findings', {method: 'POST', body: new FormData(form), headers: headers})
            .then(response => response.ok ? response.text() : Promise.reject(response.status))
            .then(html => {
                document.getElementById('findings').outerHTML = html;
            })
            .catch(() => {});
    }

    form.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(refreshFindings, 400);
    });

    document.getElementById('add-line').addEventListener('click', () => {
        const rows = document.querySelectorAll('#lines tbody tr');
        const last = rows[rows.length - 1];
        const copy = last.cloneNode(true);
        const index = rows.length;
        copy.querySelector('td').textContent = index + 1;
        copy.querySelectorAll('input').forEach(input => {
            input.name = input.name.replace(/lines\[\d+]/, 'lines[' + index + ']');
            input.value = input.name.endsWith('lineNature') ? '00' : '';
        });
        last.parentNode.appendChild(copy);
    });

    // After "fill from the invoice file": each filled input shows its source; uncertain ones are highlighted.
    const marks = document.getElementById('file-marks');
    if (marks) {
        JSON.parse(marks.textContent).forEach(mark => {
            const input = form.querySelector('[name="' + mark.field + '"]');
            if (input) {
                input.classList.add('extracted', 'source-' + mark.source.toLowerCase());
                input.classList.toggle('uncertain', mark.uncertain);
                input.title = mark.source + ' ' + mark.confidence;
                input.dataset.source = mark.source;
            }
        });
    }
})();
