import base64, datetime, hashlib, hmac, os, urllib.request
path = "/api/v5/account/balance?ccy=USDT"
ts = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
sign = base64.b64encode(hmac.new(os.environ["OKX_SECRET_KEY"].encode(), (ts + "GET" + path).encode(),
                                 hashlib.sha256).digest()).decode()
request = urllib.request.Request(os.environ["OKX_BASE_URL"] + path, headers={
    "OK-ACCESS-KEY": os.environ["OKX_API_KEY"], "OK-ACCESS-PASSPHRASE": os.environ["OKX_PASSPHRASE"],
    "OK-ACCESS-TIMESTAMP": ts, "OK-ACCESS-SIGN": sign})
print(urllib.request.urlopen(request).read().decode())
