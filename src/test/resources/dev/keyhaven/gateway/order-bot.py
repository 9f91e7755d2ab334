# Places one limit order through OKX_BASE_URL, signed with the credentials in the environment; prints the answer.
import base64, datetime, hashlib, hmac, os, urllib.error, urllib.request
path = "/api/v5/trade/order"
body = '{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"30000","sz":"0.01"}'
ts = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
sign = base64.b64encode(hmac.new(os.environ["OKX_SECRET_KEY"].encode(), (ts + "POST" + path + body).encode(),
                                 hashlib.sha256).digest()).decode()
request = urllib.request.Request(os.environ["OKX_BASE_URL"] + path, data=body.encode(), method="POST", headers={
    "OK-ACCESS-KEY": os.environ["OKX_API_KEY"], "OK-ACCESS-PASSPHRASE": os.environ["OKX_PASSPHRASE"],
    "OK-ACCESS-TIMESTAMP": ts, "OK-ACCESS-SIGN": sign, "Content-Type": "application/json"})
try:
    print(urllib.request.urlopen(request).read().decode())
except urllib.error.HTTPError as refused:
    print(refused.code, refused.read().decode())
