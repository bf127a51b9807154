// Makes the Update status button of ft-outcome macros work: opens a small AUI dialog with the
// statuses and a note, sends the update through the REST client, and swaps in the outcome's new
// rendering without reloading the page. Errors appear in an AUI flag.
(function (window, document) {
    'use strict';

    var rest = window.FollowThrough.rest;

    function refresh(live) {
        return rest.swap(live, '/outcomes/' + live.getAttribute('data-outcome-id') + '/view', '.ft-outcome-live');
    }

    function open(live) {
        var template = live.querySelector('.ft-status-dialog-template');
        var section = template.content.firstElementChild.cloneNode(true);
        var dialog = window.AJS && window.AJS.dialog2 ? window.AJS.dialog2(section) : null;
        var save = section.querySelector('.ft-status-save');
        var note = section.querySelector('.ft-status-note');

        function close() {
            if (dialog) {
                dialog.hide();
            }
            section.remove();
        }

        function send() {
            save.disabled = true;
            rest.post('/outcomes/' + live.getAttribute('data-outcome-id') + '/status', {
                status: section.querySelector('.ft-status-select').value,
                note: note.value,
                expectedVersion: parseInt(live.getAttribute('data-version'), 10)
            }).then(function () {
                close();
                return refresh(live);
            }, function (error) {
                save.disabled = false;
                rest.showError(section.getAttribute('data-error-title'), error);
                if (error.status === 409) {
                    close();
                    refresh(live);
                }
            });
        }

        save.addEventListener('click', send);
        section.querySelector('.ft-status-cancel').addEventListener('click', close);
        section.querySelector('form').addEventListener('submit', function (event) {
            event.preventDefault();
            send();
        });
        if (dialog) {
            document.body.appendChild(section);
            dialog.show();
        } else {
            section.hidden = false;
            live.appendChild(section);
        }
        section.querySelector('.ft-status-select').focus();
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest('.ft-outcome-live .ft-set-status');
        if (button) {
            event.preventDefault();
            open(button.closest('.ft-outcome-live'));
        }
    });
}(window, document));
