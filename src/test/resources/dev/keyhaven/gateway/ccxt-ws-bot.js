// A WebSocket bot as traders write them: ccxt pro's okx class, its REST and WebSocket URLs pointed at the
// gateway as the README says, credentials from the environment Keyhaven gives it.
// Usage: NODE_PATH=<folder holding ccxt> node ccxt-ws-bot.js [--login-first]
// --login-first logs in on the private channel before anything else (before ccxt's signed REST reads).
const ccxt = require('ccxt');

(async () => {
    const okx = new ccxt.pro.okx({
        apiKey: process.env.OKX_API_KEY,
        secret: process.env.OKX_SECRET_KEY,
        password: process.env.OKX_PASSPHRASE,
        urls: { api: { rest: process.env.OKX_BASE_URL,
                       ws: process.env.OKX_BASE_URL.replace('http', 'ws') + '/ws/v5' } },
        options: { fetchMarkets: { types: ['spot'] } },
    });
    // ccxt on Node opens a plain ws:// URL (the gateway on this computer) only with its http agent loaded.
    await okx.loadHttpProxyAgent();
    try {
        if (process.argv[2] === '--login-first') {
            await okx.authenticate();
            console.log('ws logged in');
        }
        const balance = await okx.watchBalance();
        console.log('ws balance USDT ' + balance.total.USDT);
        const orders = await okx.watchOrders('BTC/USDT');
        console.log('ws order ' + orders[0].id + ' ' + orders[0].status);
    } catch (e) {
        console.log('ws refused: ' + e.constructor.name + ' ' + e.message);
    }
    await okx.close();
})().catch((e) => {
    console.log('bot failed: ' + e.constructor.name + ' ' + e.message);
    process.exit(3);
});
