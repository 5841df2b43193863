# Shared by the reliability scripts (sourced): the application jar, JDBC drivers, fresh PostgreSQL databases.
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
# Small heap, serial GC: the server is restarted many times on a shared machine.
SERVER_JVM_OPTIONS=${SERVER_JVM_OPTIONS:--Xmx768m -XX:+UseSerialGC}

# The application jar: target/ducha-*.jar, built (without tests) when missing.
JAR=$(ls "$(pwd)"/target/ducha-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
  JAVA_HOME=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64} ./mvnw -B -q -DskipTests package
  JAR=$(ls "$(pwd)"/target/ducha-*.jar | grep -v plain | head -1)
fi

# The server runs from the extracted jar with a JDK 25 AOT cache (JEP 514/515): a restart takes about 20 s instead of
# about 60 s on this loaded machine. Made once per jar build under target/reliability/app-<jar time> (a training
# start, 1-10 min depending on the load). RELIABILITY_AOT=0 runs the jar as it is.
if [ "${RELIABILITY_AOT:-1}" = 1 ]; then
  APP=$(pwd)/target/reliability/app-$(stat -c %Y "$JAR")
  if [ ! -f "$APP/ducha.aot" ]; then
    echo "preparing the extracted jar and its AOT cache in $APP"
    rm -rf "$APP" && mkdir -p "$APP"
    "$JDK/bin/java" -Djarmode=tools -jar "$JAR" extract --destination "$APP/ducha" >/dev/null
    (cd "$APP" && "$JDK/bin/java" -XX:AOTCacheOutput=ducha.aot $SERVER_JVM_OPTIONS -Dspring.context.exit=onRefresh \
      -jar "ducha/$(basename "$JAR")" --spring.profiles.active=demo --server.port=0 --ducha.similarity.index-dir= \
      "--spring.datasource.url=jdbc:h2:mem:train;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
      > train.log 2>&1)
  fi
  SERVER_JAR="$APP/ducha/$(basename "$JAR")"
  SERVER_JVM_OPTIONS="-XX:AOTCache=$APP/ducha.aot $SERVER_JVM_OPTIONS"
else
  SERVER_JAR=$JAR
fi

# drivers DIR: the H2 and PostgreSQL JDBC drivers out of the application jar (same versions as the server).
drivers() {
  mkdir -p "$1"
  unzip -q -o -j -d "$1" "$JAR" 'BOOT-INF/lib/h2-*.jar' 'BOOT-INF/lib/postgresql-*.jar'
}

# fresh_database NAME: drops and creates a PostgreSQL database.
fresh_database() {
  psql -q -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" \
    -c "CREATE DATABASE $1" >/dev/null
}
