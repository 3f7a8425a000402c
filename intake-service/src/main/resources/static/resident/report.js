// The report form's map (Leaflet): click or drag the marker to fill latitude and longitude, and typed coordinates
// move the marker. Only an addition: without JavaScript, Leaflet or tiles, the typed fields do the same job.
// Every string shown comes from the page (data- attributes set from the message bundles).
document.addEventListener('DOMContentLoaded', function () {
  var box = document.getElementById('map');
  var lat = document.getElementById('lat');
  var lon = document.getElementById('long');
  if (!box || !lat || !lon || !window.L) { return; }
  box.hidden = false;
  var hint = document.getElementById('map-hint');
  if (hint) { hint.hidden = false; }
  var data = box.dataset;

  function typed() {
    var la = parseFloat(lat.value), lo = parseFloat(lon.value);
    return (isFinite(la) && isFinite(lo) && Math.abs(la) <= 90 && Math.abs(lo) <= 180) ? L.latLng(la, lo) : null;
  }

  var start = typed();
  // south,west,north,east around the municipality's areas, when it has any
  var bounds = data.bounds ? data.bounds.split(',').map(parseFloat) : null;
  var map = L.map(box, { zoomControl: false });
  if (start) {
    map.setView(start, 17);
  } else if (bounds && bounds.length === 4 && bounds.every(isFinite)) {
    map.fitBounds([[bounds[0], bounds[1]], [bounds[2], bounds[3]]]);
  } else {
    map.setView(L.latLng(parseFloat(data.lat), parseFloat(data.lon)), parseInt(data.zoom, 10));
  }
  L.control.zoom({ zoomInTitle: data.zoomIn, zoomOutTitle: data.zoomOut }).addTo(map);
  map.attributionControl.setPrefix(false);
  if (data.tiles) {
    L.tileLayer(data.tiles, { attribution: data.attribution, maxZoom: 19 }).addTo(map);
  }

  var marker = null;
  function show(at) {
    if (marker) { marker.setLatLng(at); return; }
    marker = L.marker(at, { draggable: true, alt: data.marker, title: data.marker, keyboard: true }).addTo(map);
    marker.on('dragend', function () { fill(marker.getLatLng()); });
  }
  function fill(at) {
    lat.value = at.lat.toFixed(6);
    lon.value = at.lng.toFixed(6);
    // htmx listens for change on the coordinates to list nearby reports
    lon.dispatchEvent(new Event('change', { bubbles: true }));
  }
  if (start) { show(start); }
  map.on('click', function (event) { show(event.latlng); fill(event.latlng); });
  [lat, lon].forEach(function (input) {
    input.addEventListener('change', function () {
      var at = typed();
      if (at) { show(at); map.panTo(at); }
    });
  });
});
