// A trading bot as traders write them: ccxt's okx class, credentials from the environment Keyhaven gives it.
// Usage: NODE_PATH=<folder holding ccxt> node ccxt-bot.js ENVIRONMENT_DUMP_FILE
const ccxt = require('ccxt');
const fs = require('fs');

(async () => {
    fs.writeFileSync(process.argv[2], JSON.stringify(process.env));
    const okx = new ccxt.okx({
        apiKey: process.env.OKX_API_KEY,
        secret: process.env.OKX_SECRET_KEY,
        password: process.env.OKX_PASSPHRASE,
        urls: { api: { rest: process.env.OKX_BASE_URL } },
        options: { fetchMarkets: { types: ['spot'] } },
    });
    console.log('config', JSON.stringify({ apiKey: okx.apiKey, secret: okx.secret, password: okx.password }));
    const balance = await okx.fetchBalance();
    console.log('balance USDT ' + balance.total.USDT);
    const order = await okx.createOrder('BTC/USDT', 'limit', 'buy', 0.01, 30000);
    console.log('order ' + order.id);
    try {
        await okx.withdraw('BTC', 0.1, 'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh', undefined, { fee: '0.0001' });
        console.log('withdraw passed');
    } catch (e) {
        console.log('withdraw refused: ' + e.constructor.name + ' ' + e.message);
    }
})().catch((e) => {
    console.log('bot failed: ' + e.constructor.name + ' ' + e.message);
    process.exit(3);
});
