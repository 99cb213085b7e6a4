"""The Qt Quick user interface: the ONLY package that imports PySide6.

One rule for every QObject here: a method a signal is connected to is a declared ``@Slot`` of
the signal's signature (or the connection goes through a lambda). Otherwise PySide gives that
object a meta-object of its own and frees it with the object, while QML caches meta-objects by
address for the whole process: a later object allocated at a freed address is then read with
another class's properties ("Unable to assign [undefined]" at load, now and then). The Qt
tests check every kiosk object after each window closes (``grown_metaobjects``).
"""
