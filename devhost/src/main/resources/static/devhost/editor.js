// The dev host's macro browser: lists the plugin's macros, shows a form built from the
// descriptor's parameters, and inserts an ac:structured-macro with a fresh ac:macro-id at the
// cursor of the storage-format editor, as Confluence's macro browser does.
(function () {
    'use strict';

    function xml(text) {
        return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
            .replace(/"/g, '&quot;').replace(/'/g, '&apos;');
    }

    function readJson(id) {
        return JSON.parse(document.getElementById(id).textContent);
    }

    function macroId() {
        return window.crypto && window.crypto.randomUUID ? window.crypto.randomUUID()
            : 'm' + Date.now().toString(16) + Math.random().toString(16).slice(2);
    }

    function field(parameter, users) {
        var id = 'macro-param-' + parameter.name;
        var group = document.createElement('div');
        group.className = 'field-group';
        var label = document.createElement('label');
        label.htmlFor = id;
        label.textContent = parameter.label + (parameter.required ? ' *' : '');
        group.appendChild(label);
        var input;
        if (parameter.type === 'username' || parameter.type === 'enum') {
            input = document.createElement('select');
            input.className = 'select';
            var options = parameter.type === 'username'
                ? users.map(function (u) { return {value: u.key, text: u.fullName + ' (' + u.username + ')'}; })
                : parameter.values.map(function (v) { return {value: v, text: v}; });
            options.unshift({value: '', text: ''});
            options.forEach(function (o) {
                var option = document.createElement('option');
                option.value = o.value;
                option.textContent = o.text;
                input.appendChild(option);
            });
        } else if (parameter.type === 'boolean') {
            input = document.createElement('input');
            input.type = 'checkbox';
            input.className = 'checkbox';
        } else {
            input = document.createElement('input');
            input.type = 'text';
            input.className = 'text';
        }
        input.id = id;
        input.name = parameter.name;
        input.dataset.type = parameter.type;
        if (parameter.defaultValue) {
            if (input.type === 'checkbox') {
                input.checked = parameter.defaultValue === 'true';
            } else {
                input.value = parameter.defaultValue;
            }
        }
        group.appendChild(input);
        var description = document.createElement('div');
        description.className = 'description';
        description.textContent = parameter.description;
        group.appendChild(description);
        return group;
    }

    function parameterXml(parameter, input) {
        var value = input.type === 'checkbox' ? String(input.checked) : input.value.trim();
        if (!value) {
            return '';
        }
        var content = parameter.type === 'username' ? '<ri:user ri:userkey="' + xml(value) + '"/>' : xml(value);
        return '<ac:parameter ac:name="' + xml(parameter.name) + '">' + content + '</ac:parameter>';
    }

    function bodyXml(macro, text) {
        if (macro.bodyType === 'NONE') {
            return '';
        }
        if (macro.bodyType === 'PLAIN_TEXT') {
            return '<ac:plain-text-body><![CDATA[' + text.replace(/]]>/g, ']]]]><![CDATA[>') + ']]></ac:plain-text-body>';
        }
        var paragraphs = text.split(/\n+/).filter(function (line) { return line.trim(); })
            .map(function (line) { return '<p>' + xml(line.trim()) + '</p>'; }).join('');
        return '<ac:rich-text-body>' + (paragraphs || '<p></p>') + '</ac:rich-text-body>';
    }

    function insertAtCursor(textarea, text) {
        var start = textarea.selectionStart, end = textarea.selectionEnd;
        textarea.value = textarea.value.slice(0, start) + text + textarea.value.slice(end);
        textarea.selectionStart = textarea.selectionEnd = start + text.length;
        textarea.focus();
    }

    function init() {
        var opener = document.getElementById('insert-macro');
        if (!opener) {
            return;
        }
        var macros = readJson('devhost-macro-catalog');
        var users = readJson('devhost-users');
        var textarea = document.getElementById('wysiwygTextarea');
        var dialog = AJS.dialog2('#macro-browser-dialog');
        var list = document.getElementById('macro-browser-list');
        var form = document.getElementById('macro-browser-form');
        var fields = document.getElementById('macro-browser-fields');
        var insert = document.getElementById('macro-browser-insert');
        var error = document.getElementById('macro-browser-error');
        var chosen = null;

        function showList() {
            chosen = null;
            list.hidden = false;
            form.hidden = true;
            insert.disabled = true;
            list.innerHTML = '';
            macros.forEach(function (macro) {
                var item = document.createElement('li');
                var button = document.createElement('button');
                button.type = 'button';
                button.className = 'aui-button';
                button.dataset.macroName = macro.name;
                button.textContent = macro.label;
                button.title = macro.description;
                button.addEventListener('click', function () { choose(macro); });
                item.appendChild(button);
                list.appendChild(item);
            });
        }

        function choose(macro) {
            chosen = macro;
            list.hidden = true;
            form.hidden = false;
            error.hidden = true;
            insert.disabled = false;
            document.getElementById('macro-browser-title').textContent = 'Insert \u201c' + macro.label + '\u201d';
            document.getElementById('macro-browser-desc').textContent = macro.description;
            fields.innerHTML = '';
            macro.parameters.forEach(function (p) { fields.appendChild(field(p, users)); });
            document.getElementById('macro-browser-body-group').hidden = macro.bodyType === 'NONE';
            document.getElementById('macro-param-body').value = '';
        }

        insert.addEventListener('click', function (event) {
            event.preventDefault();
            var missing = chosen.parameters.filter(function (p) {
                var input = document.getElementById('macro-param-' + p.name);
                return p.required && input.type !== 'checkbox' && !input.value.trim();
            }).map(function (p) { return p.label; });
            if (missing.length) {
                error.textContent = 'Fill in: ' + missing.join(', ');
                error.hidden = false;
                return;
            }
            var parameters = chosen.parameters.map(function (p) {
                return parameterXml(p, document.getElementById('macro-param-' + p.name));
            }).join('');
            var markup = '<ac:structured-macro ac:name="' + xml(chosen.name) + '" ac:schema-version="1" ac:macro-id="'
                + macroId() + '">' + parameters + bodyXml(chosen, document.getElementById('macro-param-body').value)
                + '</ac:structured-macro>';
            insertAtCursor(textarea, markup);
            dialog.hide();
        });
        document.getElementById('macro-browser-cancel').addEventListener('click', function (event) {
            event.preventDefault();
            dialog.hide();
        });
        opener.addEventListener('click', function () {
            document.getElementById('macro-browser-title').textContent = 'Insert macro';
            showList();
            dialog.show();
        });
    }

    document.addEventListener('DOMContentLoaded', init);
}());
