"""Reads Ruta POT's OGC API - Features with QGIS's own OAPIF provider (not GDAL's), headless.

Usage: python3 leer_ogc.py http://host:port/ogc
Prints one JSON object: the collections QGIS lists and, for each, whether the layer is valid,
its feature count, CRS, extent and the first feature's attribute names.
"""
import json
import os
import sys
import urllib.request

from qgis.core import QgsApplication, QgsVectorLayer

url = sys.argv[1].rstrip("/")
app = QgsApplication([], False)
app.initQgis()

with urllib.request.urlopen(f"{url}/collections?f=json") as answer:
    collections = [c["id"] for c in json.load(answer)["collections"]]

layers = {}
for cid in collections:
    layer = QgsVectorLayer(f"url='{url}' typename='{cid}'", cid, "OAPIF")
    entry = {"valida": layer.isValid()}
    if layer.isValid():
        extent = layer.extent()
        first = next(layer.getFeatures(), None)
        entry.update(
            {
                "entidades": layer.featureCount(),
                "crs": layer.crs().authid(),
                "extension": [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()],
                "campos": [f.name() for f in layer.fields()],
                "geometriaPrimera": first.geometry().asWkt(3)[:60] if first else None,
            }
        )
    layers[cid] = entry

print(json.dumps({"capas": layers}), flush=True)
# QGIS's teardown can crash headless after the work is done; the answer is already printed.
os._exit(0)
