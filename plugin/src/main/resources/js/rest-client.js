// The one REST client of Follow-Through pages: JSON in and out, the XSRF header Confluence
// expects, URLs from the context path, and errors as {status, error, field, current}.
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

    window.FollowThrough = window.FollowThrough || {};
    window.FollowThrough.rest = {
        get: function (path) { return request('GET', path); },
        post: function (path, body) { return request('POST', path, body); }
    };
}(window));
