// The one REST client of Follow-Through pages: JSON in and out, the XSRF header Confluence
// expects, URLs from the context path, and errors as {status, error, field, current}, which
// showError puts in an AUI flag. swap replaces part of a macro with its fresh rendering.
(function (window) {
    'use strict';

    var BASE = '/rest/followthrough/1.0';

    function contextPath() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        if (meta) {
            return meta.getAttribute('content') || '';
        }
        return (window.AJS && typeof window.AJS.contextPath === 'function') ? window.AJS.contextPath() : '';
    }

    function request(method, path, body) {
        var options = {
            method: method,
            credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}
        };
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return window.fetch(contextPath() + BASE + path, options).then(function (response) {
            return response.text().then(function (text) {
                var data = null;
                try {
                    data = text ? JSON.parse(text) : null;
                } catch (notJson) {
                    data = {error: text || response.statusText};
                }
                if (!response.ok) {
                    var error = data && data.error ? data : {error: response.statusText};
                    error.status = response.status;
                    throw error;
                }
                return data;
            });
        }, function (networkFailure) {
            throw {status: 0, error: String(networkFailure)};
        });
    }

    // Replaces node with the element matching selector in the {"html": ...} a GET of path answers.
    function swap(node, path, selector) {
        return request('GET', path).then(function (data) {
            var holder = document.createElement('div');
            holder.innerHTML = data.html;
            var fresh = holder.querySelector(selector);
            node.replaceWith(fresh);
            return fresh;
        });
    }

    function escapeHtml(text) {
        return String(text).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
    }

    // Shows a failed call to the user in an AUI flag. Flags take HTML, and error messages may
    // quote what was sent, so both texts are escaped.
    function showError(title, error) {
        var body = error.error || ('HTTP ' + error.status);
        if (window.AJS && window.AJS.flag) {
            window.AJS.flag({type: 'error', title: escapeHtml(title), body: escapeHtml(body), close: 'auto'});
        } else {
            window.alert(title + ': ' + body);
        }
    }

    window.FollowThrough = window.FollowThrough || {};
    window.FollowThrough.rest = {
        get: function (path) { return request('GET', path); },
        post: function (path, body) { return request('POST', path, body); },
        swap: swap,
        showError: showError
    };
}(window));
