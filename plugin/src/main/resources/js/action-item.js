// Makes the buttons of ft-action macros work: asks for a reason or date where the move needs
// one, sends the move through the REST client, and swaps in the item's new rendering, without
// reloading the page. Errors appear in an AUI flag.
(function (window, document) {
    'use strict';

    var rest = window.FollowThrough.rest;

    function text(key, fallback) {
        var node = document.querySelector('.ft-action-texts');
        return (node && node.getAttribute('data-' + key)) || fallback;
    }

    function refresh(itemNode, id) {
        return rest.swap(itemNode, '/items/' + id + '/view', '.ft-action-item');
    }

    function send(itemNode, move, note, due) {
        var id = itemNode.getAttribute('data-item-id');
        var version = parseInt(itemNode.getAttribute('data-version'), 10);
        itemNode.classList.add('ft-busy');
        return rest.post('/items/' + id + '/moves', {move: move, note: note || '', due: due || null, expectedVersion: version})
            .then(function () {
                return refresh(itemNode, id);
            }, function (error) {
                itemNode.classList.remove('ft-busy');
                rest.showError(text('error-title', 'Your move was not recorded'), error);
                if (error.status === 409) {
                    return refresh(itemNode, id);
                }
                return null;
            });
    }

    function askThenSend(itemNode, button) {
        var needs = button.getAttribute('data-needs');
        var existing = itemNode.querySelector('.ft-move-form');
        if (existing) {
            existing.remove();
        }
        var form = document.createElement('form');
        form.className = 'aui ft-move-form';
        form.setAttribute('data-move', button.getAttribute('data-move'));
        var label = needs === 'reason' ? text('reason', 'Reason') : text('note', 'Note');
        form.innerHTML = '<div class="field-group"><label>' + '</label><textarea class="textarea ft-move-note" rows="2"></textarea></div>'
            + (needs === 'date-or-note' ? '<div class="field-group"><label class="ft-date-label"></label>'
                + '<input class="text ft-move-date" type="date"></div>' : '')
            + '<div class="buttons"><button type="submit" class="aui-button aui-button-primary ft-move-send"></button>'
            + '<button type="button" class="aui-button aui-button-link ft-move-cancel"></button></div>';
        form.querySelector('label').textContent = label;
        if (needs === 'date-or-note') {
            form.querySelector('.ft-date-label').textContent = text('new-date', 'New date');
        }
        form.querySelector('.ft-move-send').textContent = button.textContent;
        form.querySelector('.ft-move-cancel').textContent = text('cancel', 'Cancel');
        form.querySelector('.ft-move-cancel').addEventListener('click', function () { form.remove(); });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var date = form.querySelector('.ft-move-date');
            send(itemNode, form.getAttribute('data-move'), form.querySelector('.ft-move-note').value,
                date ? date.value : null);
        });
        itemNode.querySelector('.ft-moves').after(form);
        form.querySelector('.ft-move-note').focus();
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest('.ft-action-item .ft-move');
        if (!button) {
            return;
        }
        event.preventDefault();
        var itemNode = button.closest('.ft-action-item');
        if (button.getAttribute('data-needs') === 'nothing') {
            send(itemNode, button.getAttribute('data-move'), '', null);
        } else {
            askThenSend(itemNode, button);
        }
    });
}(window, document));
