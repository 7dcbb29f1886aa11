-- Schema 13: sync over the local network. Device-local, like the rest of sync's own tables.
--
-- sync_device.endpoint_secret: this device's network key (32 bytes, made on first use); its
-- public half is the endpoint id other devices know it by.
-- sync_peer.endpoint_id: the peer's endpoint id, learnt at the first meeting on the network (both
-- proved the pairing code); only these ids are let in. lan_problem: why the last sync over the
-- network failed (NULL when it went well).
-- lan_unpaired: endpoints unpaired here, told so at their next contact, then forgotten.
ALTER TABLE sync_device ADD COLUMN endpoint_secret BLOB;
ALTER TABLE sync_peer ADD COLUMN endpoint_id BLOB;
ALTER TABLE sync_peer ADD COLUMN lan_problem TEXT;
CREATE UNIQUE INDEX sync_peer_by_endpoint ON sync_peer (endpoint_id) WHERE endpoint_id IS NOT NULL;

CREATE TABLE lan_unpaired (
    endpoint_id BLOB    PRIMARY KEY,
    at          INTEGER NOT NULL
) STRICT;
