// The crew board's enhancements; the pages work without them. The queue's list is reloaded by htmx when the board
// stream says it changed: this announces that politely (never moving focus), holds the reload back while focus is
// inside the list (a crew about to press Claim must not have the button swapped away), and keeps the map's markers
// in step with the list. Every string comes from the page (data- attributes set from the message bundles).
(function () {
  'use strict';
  var map = null;
  var markers = null;

  function announce(text) {
    var live = document.getElementById('queue-live');
    if (live) {
      live.textContent = text + ' ' + new Date().toLocaleTimeString(document.documentElement.lang);
    }
  }

  function drawMarkers() {
    var element = document.getElementById('map');
    if (!element || !window.L) { return; }
    var rows = Array.prototype.filter.call(document.querySelectorAll('#queue-items [data-lat]'), function (row) {
      return row.getAttribute('data-lat') && row.getAttribute('data-lon');
    });
    var section = element.closest('section');
    if (rows.length === 0 && !map) { return; }
    section.hidden = false;
    if (!map) {
      map = L.map(element, { zoomControl: false });
      map.attributionControl.setPrefix(false);
      L.control.zoom({ zoomInTitle: element.dataset.zoomIn, zoomOutTitle: element.dataset.zoomOut }).addTo(map);
      if (element.dataset.tiles) {
        // tiles are optional: when they fail to load the markers and the list still work
        L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution, maxZoom: 19 }).addTo(map);
      }
      markers = L.layerGroup().addTo(map);
    }
    markers.clearLayers();
    var points = [];
    rows.forEach(function (row) {
      var point = [parseFloat(row.dataset.lat), parseFloat(row.dataset.lon)];
      var title = row.dataset.title;
      var link = document.createElement('a');
      link.href = row.dataset.url;
      link.textContent = title;
      L.marker(point, { title: title, alt: title, keyboard: true }).bindPopup(link).addTo(markers);
      points.push(point);
    });
    if (points.length === 1) {
      map.setView(points[0], 15);
    }
    else if (points.length > 1) {
      map.fitBounds(points, { padding: [24, 24], maxZoom: 16 });
    }
  }

  var quiet = false;

  document.addEventListener('DOMContentLoaded', function () {
    drawMarkers();
    // a change made between the page's rendering and the stream's opening (or while it reconnected) was sent to
    // nobody: reload the list once the stream listens, without announcing it
    document.body.addEventListener('htmx:sseOpen', function () {
      var list = document.getElementById('queue-items');
      if (list && window.htmx) {
        quiet = true;
        htmx.trigger(list, 'sse:changed');
      }
    });
    document.body.addEventListener('htmx:beforeSwap', function (event) {
      var target = event.detail.target;
      if (target && target.id === 'queue-items' && target.contains(document.activeElement)) {
        event.detail.shouldSwap = false;
        announce(document.getElementById('queue-live').dataset.held);
      }
    });
    document.body.addEventListener('htmx:afterSwap', function (event) {
      if (event.detail.target && event.detail.target.id === 'queue-items') {
        drawMarkers();
        if (quiet) {
          // listening, and showing what the store held when it started to: a test waits for this
          document.getElementById('queue-live').dataset.stream = 'live';
        }
        else {
          announce(document.getElementById('queue-live').dataset.updated);
        }
        quiet = false;
      }
    });
  });
}());
